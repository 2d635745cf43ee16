/**
 * The Administration pages, mounted beside pageRoutes in app.ts: the landing page, users and roles
 * (admin-users-routes.ts), restricted records, the performance framework and the audit trail. Every
 * route asks the policy first (admin-access.ts): a role that may not is refused as any page refuses,
 * and the refusal is audited. Forms post with the CSRF token app.ts checks before any route runs.
 */
import { Hono, type Context } from 'hono';
import { verifyAuditChain } from '../../access/audit-chain.ts';
import { ApiError } from '../errors.ts';
import type { RequestEnv } from '../request-store.ts';
import { areasFor, requireArea } from './admin-access.ts';
import { AuditPageView } from './admin-audit.tsx';
import { readAuditQuery, searchAuditPage } from './admin-audit-data.ts';
import { FrameworkPage } from './admin-framework.tsx';
import { exportVersion, frameworkOverview, uploadFramework, type UploadForm } from './admin-framework-data.ts';
import { AdminHomePage } from './admin-home.tsx';
import { RestrictionsPage } from './admin-restrictions.tsx';
import {
  lift,
  listRestrictions,
  readRestrictionForm,
  restrict,
  type RestrictionForm,
} from './admin-restrictions-data.ts';
import { adminContext, show } from './admin-show.ts';
import { adminUserRoutes } from './admin-users-routes.ts';
import type { FieldError } from './admin-form.tsx';

const EMPTY_RESTRICTION: RestrictionForm = { childId: '', reason: '', note: '', allow: '' };
const EMPTY_UPLOAD: UploadForm = { fileName: '', text: '', day: '', month: '', year: '' };

export function adminRoutes(): Hono<RequestEnv> {
  const routes = new Hono<RequestEnv>();

  routes.get('/admin', async (c) => {
    const { context } = adminContext(c);
    const areas = areasFor(context.actor);
    // No area at all: refused (and audited) as the first area would refuse it.
    if (areas.length === 0) await requireArea(c, context, 'users');
    return show(c, AdminHomePage({ areas, signedIn: context.signedIn }));
  });

  routes.route('/', adminUserRoutes());
  restrictionRoutes(routes);
  frameworkRoutes(routes);

  routes.get('/admin/audit', async (c) => {
    const { context, request } = adminContext(c);
    await requireArea(c, context, 'audit');
    const query = readAuditQuery((name) => c.req.query(name));
    const db = c.var.db();
    const result =
      query.errors.length === 0 ? await searchAuditPage(db, request, query.filter, query.page, c.var.now()) : undefined;
    const report = query.verify ? await verifyAuditChain(db) : undefined;
    const page = AuditPageView({
      filter: query.filter,
      errors: query.errors,
      result,
      report,
      signedIn: context.signedIn,
    });
    return show(c, page, query.errors.length ? 400 : 200);
  });

  return routes;
}

function restrictionRoutes(routes: Hono<RequestEnv>): void {
  const restrictionsPage = async (
    c: Context<RequestEnv>,
    form: RestrictionForm,
    errors: FieldError[],
    status: 200 | 400,
  ) => {
    const { context, request } = adminContext(c);
    const restrictions = await listRestrictions(c.var.db(), request, c.var.now());
    const notice = c.req.query('done');
    return show(c, RestrictionsPage({ restrictions, form, errors, notice, signedIn: context.signedIn }), status);
  };

  routes.get('/admin/restrictions', async (c) => {
    await requireArea(c, adminContext(c).context, 'restrictions');
    return restrictionsPage(c, EMPTY_RESTRICTION, [], 200);
  });

  routes.post('/admin/restrictions', async (c) => {
    const { context, request } = adminContext(c);
    await requireArea(c, context, 'restrictions');
    const form = readRestrictionForm(await c.req.parseBody());
    const outcome = await restrict(c.var.db(), request, form);
    if (!outcome.ok) return restrictionsPage(c, form, outcome.errors, 400);
    return c.redirect('/admin/restrictions?done=restricted', 303);
  });

  routes.post('/admin/restrictions/:child/lift', async (c) => {
    const { context, request } = adminContext(c);
    await requireArea(c, context, 'restrictions');
    const outcome = await lift(c.var.db(), request, c.req.param('child'));
    if (!outcome.ok) return restrictionsPage(c, EMPTY_RESTRICTION, outcome.errors, 400);
    return c.redirect('/admin/restrictions?done=lifted', 303);
  });
}

function frameworkRoutes(routes: Hono<RequestEnv>): void {
  const frameworkPage = async (
    c: Context<RequestEnv>,
    form: UploadForm,
    errors: FieldError[],
    status: 200 | 400,
    version?: number,
  ) => {
    const { context } = adminContext(c);
    const overview = await frameworkOverview(c.var.db(), context.actor.laCode, context.today, version);
    if (!overview) throw new ApiError('not_found', 'There is no such version of the framework.');
    const done = Number(c.req.query('uploaded'));
    const uploaded = Number.isInteger(done) && done > 0 ? done : undefined;
    return show(c, FrameworkPage({ overview, form, errors, uploaded, signedIn: context.signedIn }), status);
  };

  routes.get('/admin/framework', async (c) => {
    await requireArea(c, adminContext(c).context, 'framework');
    const asked = c.req.query('version');
    const version = asked === undefined ? undefined : /^\d{1,6}$/.test(asked) ? Number(asked) : -1;
    return frameworkPage(c, EMPTY_UPLOAD, [], 200, version);
  });

  routes.post('/admin/framework', async (c) => {
    const { context, request } = adminContext(c);
    await requireArea(c, context, 'framework');
    const body = await c.req.parseBody();
    const file = body.file;
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim().slice(0, 4) : '');
    const form: UploadForm = {
      fileName: file instanceof File && file.name ? file.name.slice(0, 200) : 'upload',
      text: file instanceof File ? await file.text() : '',
      day: field('effectiveFrom-day'),
      month: field('effectiveFrom-month'),
      year: field('effectiveFrom-year'),
    };
    const outcome = await uploadFramework(c.var.db(), request, form);
    // A file input cannot be filled in again, so only the date comes back with the problems.
    if (!outcome.ok) return frameworkPage(c, { ...form, text: '' }, outcome.errors, 400);
    return c.redirect(`/admin/framework?uploaded=${outcome.value.version}`, 303);
  });

  routes.get('/admin/framework/versions/:version/export', async (c) => {
    const { context, request } = adminContext(c);
    await requireArea(c, context, 'framework');
    const asked = c.req.param('version');
    const stored = /^\d{1,6}$/.test(asked)
      ? await exportVersion(c.var.db(), request, Number(asked), c.var.now())
      : undefined;
    if (!stored) throw new ApiError('not_found', 'There is no such version of the framework.');
    const json = stored.sourceText.trimStart().startsWith('{');
    return c.body(stored.sourceText, 200, {
      'content-type': json ? 'application/json; charset=utf-8' : 'application/yaml; charset=utf-8',
      'content-disposition': `attachment; filename="framework-v${stored.version}.${json ? 'json' : 'yaml'}"`,
    });
  });
}
