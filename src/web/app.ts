/**
 * The web application: pages rendered on the server with hono/jsx, the JSON API, and static assets.
 * Routes are thin: they validate, call a service, and present. Every request is checked against the
 * server's limits (limits.ts) before it reaches the store, and reaches it only through its own bounded
 * view (request-store.ts).
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { StoreBusyError, StoreTimeoutError, type Store } from '../store/db.ts';
import { IndicatorRequestError } from '../indicators/request.ts';
import { listCouncils, recordCounts } from '../records/council-summary.ts';
import { evaluateIndicators } from '../indicators/evaluate.ts';
import { HOME_FIGURES, HomePage } from './pages/home.tsx';
import { findAsset } from './assets.ts';
import { indicatorRoutes } from './api/indicators.ts';
import { DEFAULT_LIMITS, RequestLimitError, type ServerLimits } from './limits.ts';
import { requestStore, type RequestEnv } from './request-store.ts';

export interface AppOptions {
  db: Store;
  /** The date "today" means; tests pin it so pages are reproducible. */
  today?: () => string;
  limits?: Partial<ServerLimits>;
}

export function createApp({
  db: store,
  today = () => new Date().toISOString().slice(0, 10),
  limits: given = {},
}: AppOptions): Hono<RequestEnv> {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...given };
  const app = new Hono<RequestEnv>();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    }),
  );

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
  app.use(
    '*',
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: (c) =>
        c.json({ error: `The request body is larger than ${limits.maxBodyBytes} bytes.`, field: 'body' }, 413),
    }),
  );
  app.use('*', requestStore(store, limits.requestTimeoutMs));

  app.get('/assets/*', (c) => {
    const asset = findAsset(c.req.path.slice('/assets/'.length));
    if (!asset) return c.notFound();
    return c.body(new Uint8Array(asset.body), 200, {
      'content-type': asset.type,
      'cache-control': 'public, max-age=86400',
    });
  });

  app.route('/api/indicators', indicatorRoutes(limits));

  app.get('/', async (c) => {
    const db = c.var.db();
    const [council] = await listCouncils(db);
    if (!council)
      return c.html(`<!DOCTYPE html>${HomePage({ headline: undefined, records: { total: 0, byTable: {} } })}`);
    // The figures are the catalogue's indicators, so the page and every report count alike.
    const at = today();
    const results = await evaluateIndicators(db, {
      la: council.laCode,
      at,
      ids: HOME_FIGURES.map((figure) => figure.id),
    });
    const figures = Object.fromEntries(results.map((result) => [result.id, result.value]));
    const headline = { laCode: council.laCode, councilName: council.name, at, figures };
    return c.html(`<!DOCTYPE html>${HomePage({ headline, records: await recordCounts(db, council.laCode) })}`);
  });

  app.onError((error, c) => answerError(error, c, limits));
  return app;
}

/** Refusals as one clear JSON line (what and which field); anything else is a bug, logged. */
function answerError(error: Error, c: Context, limits: ServerLimits): Response {
  if (error instanceof RequestLimitError) return c.json({ error: error.message, field: error.field }, 400);
  if (error instanceof IndicatorRequestError) return c.json({ error: error.message }, 400);
  if (error instanceof StoreBusyError) {
    c.header('Retry-After', String(limits.retryAfterSeconds));
    return c.json({ error: 'The server is busy with other requests; try again shortly.' }, 503);
  }
  if (error instanceof StoreTimeoutError) {
    return c.json(
      {
        error: `The request took longer than the server allows (${Math.round(limits.requestTimeoutMs / 1000)} s) and was stopped; ask for fewer indicators or a shorter series.`,
      },
      504,
    );
  }
  console.error(error);
  return c.text('Something went wrong. The error has been logged.', 500);
}
