/**
 * What the practice tools' routes share (practice-audits.ts, -health-checks.ts, -budget.ts, -demand.ts,
 * -improvement.ts): the date schema, the policy decision with the teams it reaches (refusals audited,
 * answered 403), and a tool's own refusal of bad input as a 400 naming the field.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isIsoDate } from '../../calendar/dates.ts';
import { PracticeRequestError } from '../../practice/council.ts';
import { ApiError } from '../errors.ts';
import { practiceAccess, type PracticeAccess, type PracticeTarget } from '../practice-access.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, callerOf, refusal } from './caller.ts';

export const isoDate = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD');

export const Loose = z.record(z.string(), z.unknown());

/** The caller's access to a tool, or a 403 (the refusal audited in authorize). */
export async function requireTool(
  c: Context<RequestEnv>,
  action: 'read' | 'change',
  target: PracticeTarget,
): Promise<PracticeAccess> {
  const { actor } = callerOf(c);
  const access = await practiceAccess(c.var.db(), actor, action, target, auditContext(c));
  if ('allowed' in access) throw refusal(access);
  return access;
}

/** A tool's refusal in words (PracticeRequestError) is a 400 naming the field; anything else is rethrown. */
export function practiceBadInput(error: unknown, field: string): never {
  if (error instanceof PracticeRequestError) throw new ApiError('bad_request', error.message, field);
  throw error;
}

/** The request's context for the data layer: the date, the route, the address. */
export function viaOf(c: Context<RequestEnv>): { on: string; via: string; address: string } {
  return { on: c.var.today(), ...auditContext(c) };
}
