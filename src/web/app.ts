/**
 * The web application: pages rendered on the server with hono/jsx, the JSON API, and static assets.
 * Routes are thin: they validate, call a service, and present.
 */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from '../store/db.ts';
import { listCouncils, recordCounts } from '../records/council-summary.ts';
import { evaluateIndicators } from '../indicators/evaluate.ts';
import { HOME_FIGURES, HomePage } from './pages/home.tsx';
import { findAsset } from './assets.ts';
import { indicatorRoutes } from './api/indicators.ts';

export interface AppOptions {
  db: Db;
  /** The date "today" means; tests pin it so pages are reproducible. */
  today?: () => string;
}

export function createApp({ db, today = () => new Date().toISOString().slice(0, 10) }: AppOptions): Hono {
  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] } }));

  app.get('/healthz', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  app.get('/assets/*', (c) => {
    const asset = findAsset(c.req.path.slice('/assets/'.length));
    if (!asset) return c.notFound();
    return c.body(new Uint8Array(asset.body), 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
  });

  app.route('/api/indicators', indicatorRoutes(db));

  app.get('/', async (c) => {
    const [council] = await listCouncils(db);
    if (!council) return c.html(`<!DOCTYPE html>${HomePage({ headline: undefined, records: { total: 0, byTable: {} } })}`);
    // The figures are the catalogue's indicators, so the page and every report count alike.
    const at = today();
    const results = await evaluateIndicators(db, { la: council.laCode, at, ids: HOME_FIGURES.map((figure) => figure.id) });
    const figures = Object.fromEntries(results.map((result) => [result.id, result.value]));
    const headline = { laCode: council.laCode, councilName: council.name, at, figures };
    return c.html(`<!DOCTYPE html>${HomePage({ headline, records: await recordCounts(db, council.laCode) })}`);
  });

  app.onError((error, c) => {
    console.error(error);
    return c.text('Something went wrong. The error has been logged.', 500);
  });
  return app;
}
