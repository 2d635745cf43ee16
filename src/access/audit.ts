/**
 * The audit writer: every view and change of a child's record, every import, export and generation,
 * writes here, in the same transaction as the work when there is one. The table is append-only (a
 * trigger refuses updates and deletes). `detail` says what was asked or changed, never the child's data.
 * Each row is chained to the one before by a hash the database fills in as it is inserted (migration
 * 20261204_02): the writer cannot forget it, and two writers cannot fork the chain (audit-chain.ts
 * verifies it).
 */
import type { Db } from '../store/db.ts';
import { insertRows } from '../store/bulk.ts';

export type AuditAction =
  | 'view'
  | 'create'
  | 'update'
  | 'delete'
  | 'import'
  | 'export'
  | 'sign_in'
  | 'sign_out'
  | 'denied'
  | 'generate';

/** The council code of a row no council can be named for (a sign-in under a name no account has). */
export const NO_COUNCIL = '000';

export interface AuditEntry {
  laCode: string;
  /** A user id, or the command that acted (`cli:import`). */
  actor: string;
  action: AuditAction;
  /** Kind of record or output: a table name, 'council', 'indicator-drilldown', a return. */
  entity: string;
  entityId?: string | null | undefined;
  childId?: string | null | undefined;
  detail?: Record<string, unknown> | undefined;
  /** When it happened; the writer's clock when not given. */
  at?: Date | undefined;
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await recordAudits(db, [entry]);
}

/** Writes several entries in one statement (e.g. one row per child shown in a drill-down). */
export async function recordAudits(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  await insertRows(
    db,
    'audit_log',
    entries.map((e) => ({
      la_code: e.laCode,
      at: (e.at ?? new Date()).toISOString(),
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId ?? null,
      child_id: e.childId ?? null,
      detail: e.detail ?? null,
    })),
  );
}
