/**
 * The "Quality and money" pages (issue 14 sections 4, 5, 7 and 8) under /practice/quality: case file
 * audits, team health checks, the improvement plan, the placement budget and demand forecasts. Each
 * route asks the policy through practice-access.ts (a refusal audited and shown as a page), reads
 * through the same data functions as the API, and each form posts without JavaScript, carries the CSRF
 * token (checked by auth/csrf.ts before the route runs) and, on bad input, shows the GOV.UK error
 * summary with the values kept and changes nothing.
 */
import { Hono, type Context } from 'hono';
import { addMonths } from '../../calendar/dates.ts';
import { PracticeRequestError } from '../../practice/council.ts';
import type { AuditSample } from '../../practice/audits/sample.ts';
import { auditSummary, parseQuarter, quarterOf, type Quarter } from '../../practice/audits/summary.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import { mayDo } from '../practice-access.ts';
import type { RequestEnv } from '../request-store.ts';
import { MessagePage } from './message.tsx';
import { page, pageContext, type PageContext } from './page-context.ts';
import { AuditFormPage, AuditsPage, SamplePage } from './practice-audits.tsx';
import { auditFromForm, AuditInputError, drawSampleFor, listAudits, recordOneAudit } from './practice-audits-data.ts';
import { BudgetPage } from './practice-budget.tsx';
import { budgetView } from './practice-budget-data.ts';
import { DemandPage } from './practice-demand.tsx';
import { backtestView, demandView } from './practice-demand-data.ts';
import { formValues, type FieldError, type FormValues } from './practice-form.tsx';
import { HealthCheckFormPage, HealthChecksPage, TeamPackPage } from './practice-health-checks.tsx';
import { healthCheckPack, healthChecksView, recordCheck } from './practice-health-checks-data.ts';
import { improvementForms, improvementPage } from './practice-improvement-routes.ts';
import { request, toolAccess } from './practice-page-access.ts';
import { QUALITY_TOOLS, QualityIndexPage } from './practice-quality.tsx';

type C = Context<RequestEnv>;

/** The quarter asked for (2024-25Q1), or today's. */
function askedQuarter(text: string | undefined, today: string): Quarter {
  if (text) {
    try {
      return parseQuarter(text);
    } catch {
      // An unreadable quarter shows today's (the select only offers readable ones).
    }
  }
  return quarterOf(today);
}

function lastQuarters(today: string, count = 8): Quarter[] {
  return Array.from({ length: count }, (_, i) => quarterOf(addMonths(quarterOf(today).from, -3 * i)));
}

const SAMPLE_DEFAULTS = { perTeam: '2', excludeDays: '183' };

function sampleRequest(values: FormValues): { errors: FieldError[]; perTeam: number; excludeDays: number } {
  const errors: FieldError[] = [];
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month ?? ''))
    errors.push({ field: 'month', message: 'Enter the month as YYYY-MM, for example 2026-07' });
  if (!values.seed || values.seed.length > 100)
    errors.push({ field: 'seed', message: 'Enter a seed of up to 100 characters' });
  const perTeam = Number(values.perTeam);
  if (!Number.isInteger(perTeam) || perTeam < 1 || perTeam > 50)
    errors.push({ field: 'perTeam', message: 'Enter cases per team as a whole number from 1 to 50' });
  const excludeDays = Number(values.excludeDays);
  if (!Number.isInteger(excludeDays) || excludeDays < 0 || excludeDays > 3650)
    errors.push({ field: 'excludeDays', message: 'Enter the days as a whole number from 0 to 3650' });
  return { errors, perTeam, excludeDays };
}

export function practiceQaRoutes(): Hono<RequestEnv> {
  const pages = new Hono<RequestEnv>();

  pages.get('/practice/quality', (c) => {
    const context = pageContext(c);
    const tools = QUALITY_TOOLS.filter((tool) => mayDo(context.actor, 'read', tool.target));
    return page(c, QualityIndexPage({ tools: [...tools], signedIn: context.signedIn }));
  });

  pages.get('/practice/quality/audits', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'read', 'case-audits');
    if (access instanceof Response) return access;
    const quarter = askedQuarter(c.req.query('quarter'), context.today);
    const db = c.var.db();
    const summary = await auditSummary(db, { la: context.actor.laCode, quarter });
    const audits = await listAudits(db, context.actor, access, {
      ...request(context),
      from: quarter.from,
      to: quarter.to,
      limit: DEFAULT_LIMITS.maxPracticeRows,
    });
    const recorded = c.req.query('recorded');
    return page(
      c,
      AuditsPage({
        summary,
        audits,
        quarters: lastQuarters(context.today),
        mayRecord: mayDo(context.actor, 'change', 'case-audits'),
        recorded: recorded && /^[\w.:-]{1,100}$/.test(recorded) ? recorded : undefined,
        signedIn: context.signedIn,
      }),
    );
  });

  pages.get('/practice/quality/audits/new', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'change', 'case-audits');
    if (access instanceof Response) return access;
    const values = { date: context.today, type: 'random', auditor: context.signedIn.displayName };
    return page(c, AuditFormPage({ values, errors: [], signedIn: context.signedIn }));
  });

  pages.post('/practice/quality/audits', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'change', 'case-audits');
    if (access instanceof Response) return access;
    const values = formValues(await c.req.parseBody());
    const { audit, errors } = auditFromForm(values);
    if (audit) {
      try {
        const id = await recordOneAudit(c.var.db(), context.actor, audit, request(context));
        return c.redirect(
          `/practice/quality/audits?quarter=${quarterOf(audit.date).label.replace(' ', '')}&recorded=${encodeURIComponent(id)}`,
          303,
        );
      } catch (error) {
        if (!(error instanceof AuditInputError)) throw error;
        errors.push({ field: error.field, message: error.message });
      }
    }
    return page(c, AuditFormPage({ values, errors, signedIn: context.signedIn }), 400);
  });

  pages.get('/practice/quality/audits/sample', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'change', 'case-audits');
    if (access instanceof Response) return access;
    const values = { month: addMonths(context.today, 1).slice(0, 7), ...SAMPLE_DEFAULTS };
    return page(c, SamplePage({ values, errors: [], signedIn: context.signedIn }));
  });

  pages.post('/practice/quality/audits/sample', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'change', 'case-audits');
    if (access instanceof Response) return access;
    const values = formValues(await c.req.parseBody());
    const { errors, perTeam, excludeDays } = sampleRequest(values);
    let sample: AuditSample | undefined;
    if (errors.length === 0)
      try {
        sample = await drawSampleFor(c.var.db(), context.actor, {
          ...request(context),
          month: values.month!,
          seed: values.seed!,
          perTeam,
          excludeDays,
        });
      } catch (error) {
        if (!(error instanceof PracticeRequestError)) throw error;
        errors.push({ field: 'month', message: error.message.replace('--month', 'The month') });
      }
    return page(c, SamplePage({ values, errors, sample, signedIn: context.signedIn }), errors.length ? 400 : 200);
  });

  pages.get('/practice/quality/health-checks', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'read', 'health-checks');
    if (access instanceof Response) return access;
    const view = await healthChecksView(c.var.db(), context.actor, access, { ...request(context), at: context.today });
    const recorded = c.req.query('recorded');
    return page(
      c,
      HealthChecksPage({
        view,
        mayRecord: mayDo(context.actor, 'change', 'health-checks'),
        recorded: recorded && /^[\w.:-]{1,100}$/.test(recorded) ? recorded : undefined,
        signedIn: context.signedIn,
      }),
    );
  });

  pages.get('/practice/quality/health-checks/teams/:id', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'read', 'health-checks');
    if (access instanceof Response) return access;
    const team = c.req.param('id');
    const db = c.var.db();
    const pack = /^[\w.-]{1,100}$/.test(team)
      ? await healthCheckPack(db, context.actor, access, {
          ...request(context),
          team,
          at: context.today,
          period: 'r12',
        })
      : undefined;
    if (!pack)
      return page(
        c,
        MessagePage({
          title: 'Page not found',
          message: 'There is no team with that id whose health checks you may see.',
          signedIn: context.signedIn,
          section: 'quality',
        }),
        404,
      );
    const [row] = await db.query<{ name: string }>('SELECT name FROM team WHERE la_code = $1 AND id = $2', [
      context.actor.laCode,
      team,
    ]);
    return page(c, TeamPackPage({ pack, teamName: row?.name ?? team, signedIn: context.signedIn }));
  });

  const teamsOf = (c: C, context: PageContext) =>
    c.var
      .db()
      .query<{ id: string; name: string }>(
        'SELECT id, name FROM team WHERE la_code = $1 AND opened <= $2::date AND (closed IS NULL OR closed > $2::date) ORDER BY name, id',
        [context.actor.laCode, context.today],
      );

  pages.get('/practice/quality/health-checks/new', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'change', 'health-checks');
    if (access instanceof Response) return access;
    const values = { date: context.today, checkedBy: context.signedIn.displayName };
    const teams = await teamsOf(c, context);
    return page(c, HealthCheckFormPage({ values, errors: [], teams, signedIn: context.signedIn }));
  });

  pages.post('/practice/quality/health-checks', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'change', 'health-checks');
    if (access instanceof Response) return access;
    const values = formValues(await c.req.parseBody());
    const teams = await teamsOf(c, context);
    const errors: FieldError[] = [];
    if (!teams.some((t) => t.id === values.team)) errors.push({ field: 'team', message: 'Choose the team checked' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date ?? '') || Number.isNaN(Date.parse(values.date!)))
      errors.push({ field: 'date', message: 'Enter the date of the check as YYYY-MM-DD, for example 2026-06-30' });
    if (!['outstanding', 'good', 'requires_improvement', 'inadequate'].includes(values.grade ?? ''))
      errors.push({ field: 'grade', message: 'Choose the grade' });
    if ((values.findings ?? '').length > 5000)
      errors.push({ field: 'findings', message: 'Findings must be 5,000 characters or fewer' });
    if (errors.length === 0)
      try {
        const result = await recordCheck(
          c.var.db(),
          context.actor,
          {
            team: values.team!,
            date: values.date!,
            grade: values.grade!,
            checkedBy: values.checkedBy || undefined,
            findings: values.findings || undefined,
          },
          request(context),
        );
        return c.redirect(`/practice/quality/health-checks?recorded=${encodeURIComponent(result.id)}`, 303);
      } catch (error) {
        if (!(error instanceof PracticeRequestError)) throw error;
        errors.push({ field: 'date', message: error.message });
      }
    return page(c, HealthCheckFormPage({ values, errors, teams, signedIn: context.signedIn }), 400);
  });

  pages.get('/practice/quality/budget', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'read', 'money');
    if (access instanceof Response) return access;
    const growth = c.req.query('growth') === 'demand' ? 'demand' : 'line';
    try {
      const forecast = await budgetView(c.var.db(), context.actor, { ...request(context), at: context.today, growth });
      return page(c, BudgetPage({ forecast, growth, signedIn: context.signedIn }));
    } catch (error) {
      if (!(error instanceof PracticeRequestError)) throw error;
      return page(
        c,
        MessagePage({
          title: 'No budget to forecast',
          message: `There is no placement budget for this year: ${error.message}.`,
          signedIn: context.signedIn,
          section: 'quality',
        }),
      );
    }
  });

  pages.get('/practice/quality/demand', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'read', 'money');
    if (access instanceof Response) return access;
    const db = c.var.db();
    const forecast = await demandView(db, context.actor, { ...request(context), at: context.today, months: 24 });
    const backtest = await backtestView(db, context.actor, { ...request(context), at: context.today }).catch(
      (error: unknown) => {
        if (error instanceof PracticeRequestError) return error.message;
        throw error;
      },
    );
    return page(c, DemandPage({ forecast, backtest, signedIn: context.signedIn }));
  });

  pages.get('/practice/quality/improvement', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'read', 'improvement-plan');
    if (access instanceof Response) return access;
    return improvementPage(c, context, undefined);
  });

  improvementForms(pages);
  return pages;
}
