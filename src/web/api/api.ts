/**
 * The JSON API: every route declared with its zod schemas (createRoute), validated by them, and described
 * by the OpenAPI 3.1 document at /api/openapi.json generated from the same declarations. A request that
 * fails its schema is a 400 naming the field, in the one error shape (errors.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from '../errors.ts';
import type { ServerLimits } from '../limits.ts';
import type { RequestEnv } from '../request-store.ts';
import { registerAuditRoutes } from './audit.ts';
import { registerChildRoutes } from './children.ts';
import { registerIndicatorExport } from './indicator-export.ts';
import { registerIndicatorRoutes } from './indicators.ts';
import { registerMeRoutes } from './me.ts';
import { registerRecordingRoutes } from './recording.ts';
import { registerReturnImport } from './returns-import.ts';
import { registerReturnRoutes } from './returns.ts';
import { registerFrameworkRoutes } from './framework.ts';
import { registerPracticeAuditRoutes } from './practice-audits.ts';
import { registerPracticeBudgetRoutes } from './practice-budget.ts';
import { registerPracticeDemandRoutes } from './practice-demand.ts';
import { registerPracticeHealthCheckRoutes } from './practice-health-checks.ts';
import { registerPracticeImprovementRoutes } from './practice-improvement.ts';
import { registerPracticeDriftRoutes } from './practice-drift.ts';
import { registerPracticeMissingRoutes } from './practice-missing.ts';
import { registerPracticeProceedingsRoutes } from './practice-proceedings.ts';
import { registerPracticeWorkloadRoutes } from './practice-workload.ts';

export function apiRoutes(limits: ServerLimits): OpenAPIHono<RequestEnv> {
  const api = new OpenAPIHono<RequestEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const field = issue?.path.join('.') || result.target;
      throw new ApiError('bad_request', `${field}: ${issue?.message ?? 'invalid'}`, field);
    },
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'kestrel-session',
    description: 'The session cookie set by signing in at /sign-in (`__Host-kestrel-session` over TLS).',
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token of a service account (`kestrel users token ...`).',
  });
  registerMeRoutes(api);
  registerIndicatorExport(api, limits); // before /api/indicators/{id}/...
  registerIndicatorRoutes(api, limits);
  registerChildRoutes(api);
  registerRecordingRoutes(api);
  registerReturnRoutes(api);
  registerReturnImport(api);
  registerAuditRoutes(api);
  registerFrameworkRoutes(api);
  registerPracticeAuditRoutes(api, limits);
  registerPracticeHealthCheckRoutes(api);
  registerPracticeBudgetRoutes(api);
  registerPracticeDemandRoutes(api, limits);
  registerPracticeImprovementRoutes(api);
  registerPracticeDriftRoutes(api, limits);
  registerPracticeWorkloadRoutes(api);
  registerPracticeProceedingsRoutes(api, limits);
  registerPracticeMissingRoutes(api, limits);
  return api;
}

/** The OpenAPI 3.1 document of the API, generated from the routes' schemas. */
export function openApiDocument(api: OpenAPIHono<RequestEnv>): unknown {
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Kestrel API',
      version: '1',
      description:
        "Children's social care records, indicators and returns. Errors are always {error:{code,message,field?}}: 400 bad input (field named), 401 no session or token, 403 outside the caller's role (audited), 404 no such record or one the caller may not know exists.",
    },
    security: [{ session: [] }, { token: [] }],
  });
}
