/**
 * The signed-in pages of child data. Each route reads through the access core on the caller's behalf
 * (readChildRecord, withActor), so what a page can show is what the caller may see; a child outside
 * the caller's scope answers the same 404 as an absent one.
 */
import { Hono } from 'hono';
import { recordAudit } from '../../access/audit.ts';
import { childScopes } from '../../access/policy.ts';
import type { RequestEnv } from '../request-store.ts';
import { ChildNotFoundPage, ChildPage } from './child.tsx';
import { loadChildPage } from './child-data.ts';
import { page, pageContext } from './page-context.ts';
import { SearchPage } from './search.tsx';
import { indicatorRoutes } from './indicator-routes.ts';
import { MessagePage } from './message.tsx';
import { CaseloadPage, TeamNotFoundPage, TeamPage } from './caseload.tsx';
import { mayViewTeam, teamPage, workerCaseload } from './caseload-data.ts';
import { searchChildren } from './search-data.ts';
import { recordingOnChildPage } from './record-notice.ts';

export function pageRoutes(): Hono<RequestEnv> {
  const pages = new Hono<RequestEnv>();

  pages.get('/children', async (c) => {
    const context = pageContext(c);
    // A role with no grant on children's records (a councillor, an administrator) is told so, not shown
    // an empty search; the refusal is audited.
    if (childScopes(context.actor.roles, 'list').length === 0) {
      await recordAudit(c.var.db(), {
        laCode: context.actor.laCode,
        actor: context.actor.userId,
        action: 'denied',
        entity: 'child',
        detail: { action: 'list', via: context.via, reason: 'no_grant', address: context.address },
      });
      const message = "Your role does not give access to children's records, so there is no search for you here.";
      return page(
        c,
        MessagePage({ title: 'You do not have access to this', message, signedIn: context.signedIn }),
        403,
      );
    }
    const query = (c.req.query('q') ?? '').trim().slice(0, 100);
    const outcome = query ? await searchChildren(c.var.db(), context.actor, query, context.today) : undefined;
    return page(c, SearchPage({ query, outcome, signedIn: context.signedIn }));
  });

  pages.get('/children/:id', async (c) => {
    const context = pageContext(c);
    const childId = c.req.param('id');
    // An id the schema could never hold is absent; no need to ask the store (or audit a probe of it).
    const data = /^[A-Za-z0-9]{1,20}$/.test(childId)
      ? await loadChildPage(c.var.db(), context.actor, {
          childId,
          on: context.today,
          via: context.via,
          address: context.address,
        })
      : undefined;
    if (!data) return page(c, ChildNotFoundPage({ signedIn: context.signedIn }), 404);
    const recording = recordingOnChildPage(c, context.actor, childId);
    return page(c, ChildPage({ data, at: context.today, signedIn: context.signedIn, recording }));
  });

  pages.get('/caseload', async (c) => {
    const context = pageContext(c);
    const user = context.caller.user;
    const request = { on: context.today, via: context.via, address: context.address };
    const lines = user?.worker_id
      ? await workerCaseload(c.var.db(), context.actor, user.worker_id, request)
      : undefined;
    return page(
      c,
      CaseloadPage({ lines, teamId: user?.team_id ?? null, at: context.today, signedIn: context.signedIn }),
    );
  });

  pages.get('/teams/:id', async (c) => {
    const context = pageContext(c);
    const teamId = c.req.param('id');
    const db = c.var.db();
    const request = { on: context.today, via: context.via, address: context.address };
    // A team the caller may not see reads as absent, as a child does.
    const data = (await mayViewTeam(db, context.actor, context.caller.user, teamId))
      ? await teamPage(db, context.actor, teamId, request)
      : undefined;
    if (!data) return page(c, TeamNotFoundPage({ signedIn: context.signedIn }), 404);
    return page(c, TeamPage({ data, at: context.today, signedIn: context.signedIn }));
  });

  pages.route('/', indicatorRoutes());

  return pages;
}
