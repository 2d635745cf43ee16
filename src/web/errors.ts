/**
 * The one error handler and the one error shape. Every refusal the API gives is
 * `{ error: { code, message, field? } }` with a status that says what kind it is (400 bad input naming
 * the field, 401 no session or token, 403 outside the policy, 404 not found or not to be known, 413 body
 * too large, 503 busy, 504 too slow); pages get the same message in a page. Anything unexpected is logged
 * here and answered with a plain 500 that carries no stack trace and no message from inside.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { StoreBusyError, StoreTimeoutError } from '../store/db.ts';
import { IndicatorRequestError } from '../indicators/request.ts';
import { RequestLimitError, type ServerLimits } from './limits.ts';
import { MessagePage } from './pages/message.tsx';

export type ErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'too_large'
  | 'busy'
  | 'timeout'
  | 'internal';

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 413 | 500 | 503 | 504> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  busy: 503,
  timeout: 504,
  internal: 500,
};

/** A refusal with its code; thrown by routes and middleware, answered by `answerError`. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string | undefined,
  ) {
    super(message);
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

export function errorBody(code: ErrorCode, message: string, field?: string): ErrorBody {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/** JSON for the API and for clients that ask for it; a page for browsers. */
function wantsJson(c: Context): boolean {
  return c.req.path.startsWith('/api/') || !(c.req.header('accept') ?? '').includes('text/html');
}

export function respond(c: Context, error: ApiError): Response {
  c.status(error.status as 400);
  if (wantsJson(c)) return c.json(errorBody(error.code, error.message, error.field));
  return c.html(`<!DOCTYPE html>${MessagePage({ title: titleOf(error.code), message: error.message })}`);
}

function titleOf(code: ErrorCode): string {
  switch (code) {
    case 'not_found':
      return 'Page not found';
    case 'forbidden':
      return 'You do not have access to this';
    case 'unauthenticated':
      return 'Sign in to continue';
    case 'busy':
    case 'timeout':
      return 'Sorry, the service is busy';
    case 'internal':
      return 'Sorry, there is a problem with the service';
    default:
      return 'There is a problem with your request';
  }
}

/** Translates what a route threw into one answer; unknown errors are logged and hidden. */
export function answerError(error: Error, c: Context, limits: ServerLimits): Response {
  if (error instanceof ApiError) return respond(c, error);
  if (error instanceof RequestLimitError) return respond(c, new ApiError('bad_request', error.message, error.field));
  if (error instanceof IndicatorRequestError)
    return respond(c, new ApiError('bad_request', error.message, fieldOf(error.message)));
  if (error instanceof StoreBusyError) {
    c.header('Retry-After', String(limits.retryAfterSeconds));
    return respond(c, new ApiError('busy', 'The server is busy with other requests; try again shortly.'));
  }
  if (error instanceof StoreTimeoutError)
    return respond(
      c,
      new ApiError(
        'timeout',
        `The request took longer than the server allows (${Math.round(limits.requestTimeoutMs / 1000)} s) and was stopped; ask for fewer indicators or a shorter series.`,
      ),
    );
  if (error instanceof HTTPException && error.status < 500)
    return respond(c, new ApiError(error.status === 413 ? 'too_large' : 'bad_request', 'The request is malformed.'));
  console.error(error);
  return respond(c, new ApiError('internal', 'Something went wrong. The error has been logged.'));
}

/** The indicator engine's messages start with the field at fault ("at: ...", "level: ..."). */
function fieldOf(message: string): string {
  const named = /^(?:Invalid indicator request: )?([a-z][\w.]*):/.exec(message)?.[1];
  if (named) return named === 'ids' ? 'id' : named;
  if (/^Unknown indicator id/.test(message)) return 'id';
  return /parameter/i.test(message) ? 'param' : 'query';
}
