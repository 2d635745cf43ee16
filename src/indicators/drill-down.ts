/**
 * The one way to see the children behind a figure. A drill-down is a policy decision (access/policy.ts,
 * action `drill-down`), taken here inside the engine rather than by each caller: the rows of children
 * outside the actor's scope are left out (the figure itself is unchanged, so it still counts them), and
 * every child shown gets an audit row in the same transaction as the evaluation. The CLI (`--explain`),
 * the API and the pages all call this; `evaluateIndicators` alone never returns child rows to a caller
 * that has not been through it.
 */
import type { Actor } from '../access/policy.ts';
import { decide } from '../access/policy.ts';
import { recordAudit, recordAudits } from '../access/audit.ts';
import { withActor } from '../access/actor.ts';
import type { Db } from '../store/db.ts';
import { evaluateIndicators, KEEP_CHILD_ROWS } from './evaluate.ts';
import { parseIndicatorRequest, type IndicatorRequest } from './request.ts';
import type { IndicatorResult } from './result.ts';

export interface DrillDownContext {
  /** How the request came: a route (`GET /api/indicators/...`) or a command (`kestrel indicators`). */
  via: string;
  address?: string | undefined;
  onProgress?: (done: number, total: number, label?: string) => void;
}

export class DrillDownRefused extends Error {
  constructor(readonly reason: string) {
    super(`Drill-down refused: ${reason}.`);
    this.name = 'DrillDownRefused';
  }
}

/**
 * Evaluates the request with its rows, keeps the rows the actor may see, and audits each child shown.
 * Refused (DrillDownRefused, after a `denied` audit row) when the actor's roles grant no drill-down.
 * Always within the actor's own council, whatever `la` the request names. The figures are computed as
 * the owner (they count every child, restricted ones too); which children may be listed is then asked
 * of the database as the reader role (access/actor.ts), so row-level security has the last word.
 */
export async function explainIndicators(
  db: Db,
  actor: Actor,
  input: IndicatorRequest | unknown,
  context: DrillDownContext,
): Promise<IndicatorResult[]> {
  const request = parseIndicatorRequest({ ...(input as object), la: actor.laCode, explain: true });
  // Whether any grant of drill-down on children exists; which children, the data layer says below.
  const children = decide(actor, 'drill-down', { target: 'child', laCode: actor.laCode, childId: '', visible: true });
  if (!children.allowed) {
    await recordAudit(db, {
      laCode: actor.laCode,
      actor: actor.userId,
      action: 'denied',
      entity: 'indicator-drilldown',
      entityId: request.ids?.join(',') ?? null,
      detail: { via: context.via, reason: children.reason, ...(context.address ? { address: context.address } : {}) },
    });
    throw new DrillDownRefused(children.reason);
  }
  return db.transaction(async (tx) => {
    const results = await evaluateIndicators(tx, request, context.onProgress, KEEP_CHILD_ROWS);
    const listed = [...new Set(results.flatMap((r) => childIdsOf(r)))];
    await withActor(tx, actor, 'drill-down', { on: request.at }, async (reader) => {
      const visible = new Set(
        (await reader.query<{ id: string }>('SELECT id FROM child WHERE id = ANY($1::text[])', [listed])).map(
          (row) => row.id,
        ),
      );
      for (const result of results) {
        result.rows = (result.rows ?? []).filter((row) => row.subjectType !== 'child' || visible.has(row.subjectId));
      }
      const entries = results.flatMap((result) =>
        childIdsOf(result).map((childId) => ({
          laCode: actor.laCode,
          actor: actor.userId,
          action: 'view' as const,
          entity: 'indicator-drilldown',
          entityId: result.id,
          childId,
          detail: {
            indicator: result.id,
            at: result.at,
            period: result.period,
            level: result.level,
            via: context.via,
            ...(context.address ? { address: context.address } : {}),
          },
        })),
      );
      if (entries.length) await recordAudits(reader, entries);
    });
    return results;
  });
}

function childIdsOf(result: IndicatorResult): string[] {
  return [...new Set((result.rows ?? []).filter((r) => r.subjectType === 'child').map((r) => r.subjectId))];
}
