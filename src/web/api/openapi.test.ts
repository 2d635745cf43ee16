import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS } from '../limits.ts';
import { EVENT_KINDS } from '../../recording/kinds.ts';
import { apiRoutes, openApiDocument } from './api.ts';

test('the OpenAPI 3.1 document is generated from the routes: every route, its parameters and the error shape', () => {
  const document = openApiDocument(apiRoutes(DEFAULT_LIMITS)) as {
    openapi: string;
    paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }>; responses: object }>>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  };
  assert.equal(document.openapi, '3.1.0');
  // One recording route per kind of event (src/recording/kinds.ts), each with its form's schema.
  const events = EVENT_KINDS.map((kind) => `/api/children/{id}/events/${kind.kind}`);
  assert.deepEqual(Object.keys(document.paths).sort(), [
    '/api/audit',
    '/api/children/{id}',
    ...events.sort(),
    '/api/children/{id}/version',
    '/api/commentary',
    '/api/framework',
    '/api/indicators',
    '/api/indicators/export',
    '/api/indicators/{id}/children',
    '/api/me',
    '/api/practice/audits',
    '/api/practice/audits/sample',
    '/api/practice/audits/summary',
    '/api/practice/budget',
    '/api/practice/demand',
    '/api/practice/demand/backtest',
    '/api/practice/drift',
    '/api/practice/health-checks',
    '/api/practice/health-checks/due',
    '/api/practice/health-checks/pack',
    '/api/practice/improvement',
    '/api/practice/improvement/actions',
    '/api/practice/improvement/actions/{id}/progress',
    '/api/practice/missing',
    '/api/practice/proceedings',
    '/api/practice/workload',
    '/api/returns/import',
    '/api/returns/validate',
    '/api/scorecard',
  ]);
  const children = document.paths['/api/children/{id}']!.get!;
  assert.deepEqual(
    children.parameters?.map((p) => [p.name, p.in]),
    [['id', 'path']],
  );
  assert.deepEqual(Object.keys(children.responses).sort(), ['200', '400', '401', '403', '404']);
  const audit = document.paths['/api/audit']!.get!;
  assert.deepEqual(audit.parameters?.map((p) => p.name).sort(), ['action', 'child', 'from', 'limit', 'to', 'user']);
  const visit = document.paths['/api/children/{id}/events/statutory-visit']!.post!;
  assert.deepEqual(Object.keys(visit.responses).sort(), ['201', '400', '401', '403', '404', '409', '422']);
  const importReturn = document.paths['/api/returns/import']!.post!;
  assert.deepEqual(Object.keys(importReturn.responses).sort(), ['201', '400', '401', '403', '413', '422']);
  assert.deepEqual(importReturn.parameters?.map((p) => p.name).sort(), ['acceptErrors', 'return', 'year']);
  const drift = document.paths['/api/practice/drift']!.get!;
  assert.deepEqual(drift.parameters?.map((p) => p.name).sort(), ['at', 'clock', 'level']);
  assert.deepEqual(Object.keys(drift.responses).sort(), ['200', '400', '401', '403']);
  assert.ok(document.components.schemas.Error, 'the one error shape is a named schema');
  assert.deepEqual(Object.keys(document.components.securitySchemes).sort(), ['session', 'token']);
});
