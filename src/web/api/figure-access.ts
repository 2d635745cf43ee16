/**
 * Whether the caller sees figures in full or as public outputs show them, for reading or exporting:
 * the policy decides (a councillor's grant is `suppressed`, at council level only); a refusal is
 * audited by authorize() and answered 403.
 */
import type { Context } from 'hono';
import { decide, type Actor } from '../../access/policy.ts';
import { authorize } from '../../access/scope.ts';
import type { IndicatorRequest } from '../../indicators/request.ts';
import { ApiError } from '../errors.ts';
import type { RequestEnv } from '../request-store.ts';
import { auditContext, refusal } from './caller.ts';

export async function figureAccess(
  c: Context<RequestEnv>,
  actor: Actor,
  action: 'read' | 'export',
  request: IndicatorRequest,
  laCode: string,
): Promise<'full' | 'suppressed'> {
  if (decide(actor, action, { target: 'figures', laCode, suppressed: false }).allowed) return 'full';
  const db = c.var.db();
  const suppressed = await authorize(
    db,
    actor,
    action,
    { target: 'figures', laCode, suppressed: true },
    auditContext(c),
  );
  if (!suppressed.allowed) throw refusal(suppressed);
  if (request.level !== undefined && request.level !== 'council') {
    await authorize(db, actor, action, { target: 'figures', laCode, suppressed: false }, auditContext(c));
    throw new ApiError('forbidden', 'level: your role shows council totals only.', 'level');
  }
  return 'suppressed';
}
