/**
 * The web application: pages rendered on the server with hono/jsx, the JSON API, and static assets.
 * Routes are thin: they validate, call a service, and present. Every answer carries the security headers
 * (security.ts); every request is checked against the server's limits (limits.ts) before it reaches the
 * store, and reaches it only through its own bounded view (request-store.ts); everything but /healthz,
 * the assets, the sign-in pages and the API's description needs a session or an API token
 * (auth/identify.ts); every form post carries a CSRF token (auth/csrf.ts); and one error handler answers
 * every failure without a stack trace (errors.ts).
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/db.ts';
import { decide } from '../access/policy.ts';
import { listCouncils, recordCounts } from '../records/council-summary.ts';
import { evaluateIndicators } from '../indicators/evaluate.ts';
import { HOME_FIGURES, HomePage } from './pages/home.tsx';
import { findAsset } from './assets.ts';
import { apiRoutes, openApiDocument } from './api/api.ts';
import { checkCsrf } from './auth/csrf.ts';
import { identify, requireCaller } from './auth/identify.ts';
import { oidcRoutes } from './auth/oidc-routes.ts';
import { oidcSettingsFromEnv, type OidcSettings } from './auth/oidc-config.ts';
import { signInRoutes } from './auth/sign-in-routes.ts';
import { ApiError, answerError, respond } from './errors.ts';
import { DEFAULT_LIMITS, RequestLimitError, type ServerLimits } from './limits.ts';
import { requestStore, type RequestEnv } from './request-store.ts';
import { securityHeaders } from './security.ts';
import { presentSuppressed } from './api/suppression.ts';
import { pageRoutes } from './pages/routes.ts';
import { recordRoutes } from './pages/record-routes.ts';
import { practiceQaRoutes } from './pages/practice-qa-routes.ts';
import { RETURN_UPLOAD_PATH, returnsRoutes } from './pages/returns-routes.ts';
import { adminRoutes } from './pages/admin-routes.ts';
import { practiceRoutes } from './pages/practice-routes.ts';
import { dashboardResponse } from './pages/indicator-routes.ts';
import { pageContext } from './pages/page-context.ts';

/** The routes that take a whole return file as their body, under limits.maxReturnBytes. */
const RETURN_PATHS = new Set(['/api/returns/validate', '/api/returns/import', RETURN_UPLOAD_PATH]);

export interface AppOptions {
  db: Store;
  /** The date "today" means; tests pin it so pages are reproducible. */
  today?: () => string;
  /** The clock sessions are judged by; tests move it to expire them. */
  now?: () => Date;
  limits?: Partial<ServerLimits>;
  /** Single sign-on; by default from the environment (auth/oidc-config.ts), off without an issuer. */
  oidc?: OidcSettings | undefined;
}

export function createApp({
  db: store,
  today = () => new Date().toISOString().slice(0, 10),
  now = () => new Date(),
  limits: given = {},
  oidc = oidcSettingsFromEnv(),
}: AppOptions): Hono<RequestEnv> {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...given };
  const app = new Hono<RequestEnv>();
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('now', now);
    c.set('today', today);
    await next();
  });

  // Answers from the process's own state, never the store's queue, so it answers while the store is busy.
  app.get('/healthz', (c) => {
    const health = store.health();
    return c.json(
      { status: health.state === 'ready' ? 'ok' : health.state, store: health },
      health.state === 'closed' ? 503 : 200,
    );
  });

  app.use('*', async (c, next) => {
    const search = c.req.url.indexOf('?');
    const length = search < 0 ? 0 : c.req.url.length - search - 1;
    if (length > limits.maxQueryLength)
      throw new RequestLimitError(
        'query',
        `The query string has ${length} characters; at most ${limits.maxQueryLength} are accepted.`,
      );
    await next();
  });
  const tooLarge = (max: number) => (c: Context) =>
    respond(c, new ApiError('too_large', `The request body is larger than ${max} bytes.`, 'body'));
  const returnsLimit = bodyLimit({ maxSize: limits.maxReturnBytes, onError: tooLarge(limits.maxReturnBytes) });
  const formLimit = bodyLimit({ maxSize: limits.maxBodyBytes, onError: tooLarge(limits.maxBodyBytes) });
  app.use('*', (c, next) => (RETURN_PATHS.has(c.req.path) ? returnsLimit(c, next) : formLimit(c, next)));

  app.get('/assets/*', (c) => {
    const asset = findAsset(c.req.path.slice('/assets/'.length));
    if (!asset) throw new ApiError('not_found', 'There is no such file.');
    return c.body(new Uint8Array(asset.body), 200, {
      'content-type': asset.type,
      'cache-control': 'public, max-age=86400',
    });
  });

  app.use('*', requestStore(store, limits.requestTimeoutMs, limits.importTimeoutMs));
  const api = apiRoutes(limits);
  const document = openApiDocument(api);
  app.get('/api/openapi.json', (c) => c.json(document as object));

  app.use('*', identify());
  app.use('/api/*', requireCaller());
  app.use('*', checkCsrf());
  app.route('/', signInRoutes(oidc));
  if (oidc) app.route('/', oidcRoutes(oidc));
  app.use('*', requireCaller());
  app.route('/', api);
  app.route('/', pageRoutes());
  app.route('/', recordRoutes());
  app.route('/', practiceQaRoutes());
  app.route('/', returnsRoutes(limits.maxReturnBytes));
  app.route('/', adminRoutes());
  app.route('/', practiceRoutes(limits));

  app.get('/', async (c) => {
    // With a performance framework in force, the dashboard is its scorecard for the user's scope or
    // the period, date and level they chose.
    const dashboard = await dashboardResponse(c, 'dashboard');
    if (dashboard) return dashboard;
    const db = c.var.db();
    const caller = c.var.caller!;
    const { signedIn } = pageContext(c);
    const [council] = (await listCouncils(db)).filter((row) => row.laCode === caller.actor.laCode);
    if (!council)
      return c.html(
        `<!DOCTYPE html>${HomePage({ headline: undefined, records: { total: 0, byTable: {} }, signedIn })}`,
      );
    // The figures are the catalogue's indicators, so the page and every report count alike; a role
    // with suppressed figures only sees them as public outputs show them, one with none sees none.
    const at = today();
    const laCode = council.laCode;
    const full = decide(caller.actor, 'read', { target: 'figures', laCode, suppressed: false }).allowed;
    const some = decide(caller.actor, 'read', { target: 'figures', laCode, suppressed: true }).allowed;
    const results = some ? await evaluateIndicators(db, { la: laCode, at, ids: HOME_FIGURES.map((f) => f.id) }) : [];
    const figures = Object.fromEntries(
      results.map((result) => [result.id, full ? result.value : (presentSuppressed(result).value as number | null)]),
    );
    const headline = { laCode, councilName: council.name, at, figures };
    return c.html(`<!DOCTYPE html>${HomePage({ headline, records: await recordCounts(db, laCode), signedIn })}`);
  });

  app.notFound((c) => respond(c, new ApiError('not_found', 'There is no such page.')));
  app.onError((error, c) => answerError(error, c, limits));
  return app;
}
