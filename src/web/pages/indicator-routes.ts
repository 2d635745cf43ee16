/**
 * The routes of figures: the dashboard (also the indicators list) filtered by period, date and level,
 * an indicator's page, and the post that adds a comment or action to it. Routes are thin: read the
 * filter (dashboard-filter.ts), ask the pages' data modules, present; a bad filter or form answers 400
 * with the GOV.UK error summary and changes nothing.
 */
import { Hono, type Context } from 'hono';
import { authorize } from '../../access/scope.ts';
import { frameworkAt } from '../../framework/versions.ts';
import { ApiError } from '../errors.ts';
import type { RequestEnv } from '../request-store.ts';
import { DashboardPage } from './dashboard.tsx';
import {
  dashboardScorecard,
  defaultFilter,
  figureAccess,
  frameworkInForce,
  levelChoices,
  type DashboardData,
} from './dashboard-data.ts';
import {
  filterInput,
  filterQuery,
  readFilter,
  type DashboardFilter,
  type FilterInput,
  type FilterProblem,
  type LevelChoice,
} from './dashboard-filter.ts';
import { formatDate } from './format.ts';
import { IndicatorPage } from './indicator.tsx';
import {
  checkCommentary,
  commentaryHistory,
  commentaryInput,
  mayWriteCommentary,
  writeCommentary,
  type CommentaryInput,
  type CommentaryProblem,
} from './indicator-commentary-data.ts';
import { indicatorPage } from './indicator-data.ts';
import { MessagePage } from './message.tsx';
import { page, pageContext } from './page-context.ts';

type Section = 'dashboard' | 'indicators';

interface ReadFilter {
  input: FilterInput;
  defaults: DashboardFilter;
  levels: LevelChoice[];
  /** The filter to show figures for, when it read cleanly. */
  filter: DashboardFilter | undefined;
  problems: FilterProblem[];
}

/** The request's filter against the caller's defaults and levels (the store is asked only for levels). */
async function requestFilter(c: Context<RequestEnv>): Promise<ReadFilter> {
  const context = pageContext(c);
  const levels = await levelChoices(c.var.db(), context.actor, figureAccess(context.actor));
  const own = defaultFilter(context.actor, context.caller.user, context.today);
  // A team manager whose team has gone opens at the council rather than at an error.
  const defaults = levels.some((level) => level.value === own.level) ? own : { ...own, level: 'council' };
  const input = filterInput((name) => c.req.query(name));
  const read = readFilter(input, defaults, levels, context.today);
  return read.ok
    ? { input, defaults, levels, filter: read.filter, problems: [] }
    : { input, defaults, levels, filter: undefined, problems: read.problems };
}

/** No framework on the date: a problem with the date the user chose, or nothing to show on their own. */
function noFramework(filter: DashboardFilter): FilterProblem {
  return {
    field: 'date-day',
    message: `No performance framework was in force on ${formatDate(filter.date)}: choose a later date`,
  };
}

/**
 * The dashboard (or the indicators list) for the request's filter; undefined when the caller sees no
 * figures, or no framework is in force today and no filter was asked (app.ts then shows the home page).
 */
export async function dashboardResponse(c: Context<RequestEnv>, section: Section): Promise<Response | undefined> {
  const context = pageContext(c);
  if (figureAccess(context.actor) === 'none') return undefined;
  const db = c.var.db();
  const read = await requestFilter(c);
  let data: DashboardData | undefined;
  if (read.filter) {
    data = await dashboardScorecard(db, context.actor, read.filter, c.var.scorecards);
    if (!data) {
      const asked = read.filter.date !== read.defaults.date;
      if (!asked) return undefined;
      read.problems.push(noFramework(read.filter));
    }
  }
  const html = DashboardPage({
    data,
    form: {
      action: section === 'dashboard' ? '/' : '/indicators',
      input: read.input,
      filter: read.filter ?? read.defaults,
      levels: read.levels,
      problems: read.problems,
    },
    linkQuery: read.filter ? filterQuery(read.filter, read.defaults) : '',
    signedIn: context.signedIn,
    section,
  });
  return page(c, html, read.problems.length > 0 ? 400 : 200);
}

/** The indicator page, with the commentary form's state after a refused post. */
async function indicatorResponse(
  c: Context<RequestEnv>,
  posted?: { input: CommentaryInput; problems: CommentaryProblem[] },
): Promise<Response> {
  const context = pageContext(c);
  const id = c.req.param('id') ?? '';
  const db = c.var.db();
  const read = await requestFilter(c);
  const notFound = () =>
    page(
      c,
      MessagePage({
        title: 'Page not found',
        message: 'There is no indicator with that id in the framework in force.',
        signedIn: context.signedIn,
        section: 'indicators',
      }),
      404,
    );
  if (!/^[a-z0-9-]{1,80}$/.test(id)) return notFound();
  if (!read.filter) {
    const message = read.problems.map((problem) => problem.message).join('. ');
    throw new ApiError('bad_request', `${message}.`, read.problems[0]?.field);
  }
  if (!(await frameworkInForce(db, context.actor.laCode, read.filter.date)))
    throw new ApiError('bad_request', `${noFramework(read.filter).message}.`, 'date');
  const data = await indicatorPage(db, context.actor, context.caller.user, {
    id,
    filter: read.filter,
    via: context.via,
    address: context.address,
    scorecards: c.var.scorecards,
  });
  if (!data) return notFound();
  const query = filterQuery(read.filter, read.defaults);
  const history = data.access === 'full' ? await commentaryHistory(db, context.actor.laCode, id) : undefined;
  const form =
    data.access === 'full' && mayWriteCommentary(context.actor)
      ? {
          action: `/indicators/${encodeURIComponent(id)}/commentary${query}`,
          csrfToken: context.signedIn.csrfToken,
          input: posted?.input ?? emptyInput(data.scorecard.period),
          problems: posted?.problems ?? [],
        }
      : undefined;
  const html = IndicatorPage({ data, signedIn: context.signedIn, history, form, added: c.req.query('added') === '1' });
  return page(c, html, posted?.problems.length ? 400 : 200);
}

function emptyInput(period: string): CommentaryInput {
  return { kind: 'comment', period, text: '', owner: '', dueDay: '', dueMonth: '', dueYear: '' };
}

export function indicatorRoutes(): Hono<RequestEnv> {
  const routes = new Hono<RequestEnv>();

  routes.get('/indicators', async (c) => {
    const shown = await dashboardResponse(c, 'indicators');
    if (shown) return shown;
    const context = pageContext(c);
    return page(
      c,
      MessagePage({
        title: 'No indicators to show',
        message: 'No performance framework is in force, or your role sees no figures.',
        signedIn: context.signedIn,
        section: 'indicators',
      }),
    );
  });

  routes.get('/indicators/:id', (c) => indicatorResponse(c));

  routes.post('/indicators/:id/commentary', async (c) => {
    const context = pageContext(c);
    const db = c.var.db();
    const resource = { target: 'figures', laCode: context.actor.laCode, suppressed: false } as const;
    const decision = await authorize(db, context.actor, 'change', resource, context);
    if (!decision.allowed) throw new ApiError('forbidden', 'Your role may not write commentary on measures.');
    const input = commentaryInput(await c.req.parseBody());
    const checked = checkCommentary(input);
    if (!checked.ok) return indicatorResponse(c, { input, problems: checked.problems });
    const id = c.req.param('id');
    // The measure must be in the framework the form came from: the page answers 404 for any other id.
    const read = await requestFilter(c);
    const framework = read.filter ? await frameworkAt(db, context.actor.laCode, read.filter.date) : undefined;
    if (!framework?.framework.sections.some((section) => section.indicators.some((entry) => entry.id === id)))
      throw new ApiError('not_found', 'There is no indicator with that id in the framework in force.');
    await writeCommentary(db, context.actor, id, checked.entry);
    const query = read.filter ? filterQuery(read.filter, read.defaults) : '';
    const back = `/indicators/${encodeURIComponent(id)}${query}${query ? '&' : '?'}added=1#commentary`;
    return c.redirect(back, 303);
  });

  return routes;
}
