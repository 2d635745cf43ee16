/**
 * One child's record, read through the scoped repository: the decision (policy.ts, with the scope the
 * data layer computes), the audit row and the reads happen in one transaction, and the reads run as
 * the reader role under row-level security (actor.ts), so even a table this module forgot to filter
 * returns nothing outside the actor's scope. A refusal looks like an absent child (undefined).
 */
import type { Db } from '../store/db.ts';
import { withActor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { decide, type Action, type Actor } from './policy.ts';
import type { ChildAccessContext } from './scope.ts';

export type Row = Record<string, unknown>;

export interface ChildRecord {
  laCode: string;
  childId: string;
  /** The child's own row. */
  child: Row;
  /** Every other child-data table with rows for the child, by table name (rows in key order). */
  tables: Record<string, Row[]>;
}

export interface ChildRecordContext extends ChildAccessContext {
  /** `read` (the default), `change` before an edit, or `subject-access` for a subject access request. */
  action?: Extract<Action, 'read' | 'change' | 'export' | 'subject-access'> | undefined;
}

/**
 * The child's records if the actor may open the child for the action, after writing the audit row
 * (`view`, `export` for an export or subject access request, `update` before a change; `denied` with
 * the reason when refused). The audit row is written as the reader role, which may only insert.
 */
export async function readChildRecord(
  db: Db,
  actor: Actor,
  childId: string,
  context: ChildRecordContext,
): Promise<ChildRecord | undefined> {
  const action = context.action ?? 'read';
  return withActor(db, actor, action, context, async (tx, scope) => {
    const decision = decide(actor, action, {
      target: 'child',
      laCode: actor.laCode,
      childId,
      visible: scope.visible.includes(childId),
    });
    await recordAudit(tx, {
      laCode: actor.laCode,
      actor: actor.userId,
      action: decision.allowed ? AUDIT_ACTION[action] : 'denied',
      entity: 'child',
      entityId: childId,
      childId,
      detail: {
        action,
        via: context.via,
        ...(context.address ? { address: context.address } : {}),
        ...(decision.allowed ? {} : { reason: decision.reason }),
      },
    });
    if (!decision.allowed) return undefined;
    const [child] = await tx.query<Row>('SELECT * FROM child WHERE la_code = $1 AND id = $2', [actor.laCode, childId]);
    if (!child) return undefined;
    const tables: Record<string, Row[]> = {};
    for (const table of await childDataTables(tx)) {
      const rows = await tx.query<Row>(`SELECT * FROM ${table} WHERE la_code = $1 AND child_id = $2 ORDER BY 1, 2, 3`, [
        actor.laCode,
        childId,
      ]);
      if (rows.length > 0) tables[table] = rows;
    }
    return { laCode: actor.laCode, childId, child, tables };
  });
}

const AUDIT_ACTION = {
  read: 'view',
  change: 'update',
  export: 'export',
  'subject-access': 'export',
} as const;

/**
 * The tables the reader role may read that hold a child_id: exactly the set the migration put under
 * row-level security (the audit log, which it may only insert into, is not among them).
 */
async function childDataTables(tx: Db): Promise<string[]> {
  const rows = await tx.query<{ table_name: string }>(
    `SELECT c.relname AS table_name FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attname = 'child_id'
        AND NOT a.attisdropped AND has_table_privilege(c.oid, 'SELECT') ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}
