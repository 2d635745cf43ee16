/**
 * Optimistic concurrency for a child's record (migration 20261205_10): every recorded change bumps the
 * child's version in its own transaction, and names that version in its audit row, so a change made
 * on an older version can be shown exactly what was recorded since, and is refused until the person
 * has seen it (they submit again with the version they were shown).
 */
import type { Db } from '../store/db.ts';
import type { ChildTarget } from './child-findings.ts';

/** The child's version now (0 for a child never changed through recording). */
export async function recordVersion(db: Db, target: ChildTarget): Promise<number> {
  const [row] = await db.query<{ version: number }>(
    'SELECT version FROM record_version WHERE la_code = $1 AND child_id = $2',
    [target.laCode, target.childId],
  );
  return row?.version ?? 0;
}

/**
 * The version, with the child's row locked until the transaction ends: two changes to one child run one
 * after the other, and the second sees the first's version (PostgreSQL FOR UPDATE; PGlite has one
 * connection, so its transactions are one after the other anyway).
 */
export async function lockRecordVersion(tx: Db, target: ChildTarget, actor: string): Promise<number> {
  await tx.query(
    `INSERT INTO record_version (la_code, child_id, version, changed_by) VALUES ($1, $2, 0, $3)
     ON CONFLICT (la_code, child_id) DO NOTHING`,
    [target.laCode, target.childId, actor],
  );
  const [row] = await tx.query<{ version: number }>(
    'SELECT version FROM record_version WHERE la_code = $1 AND child_id = $2 FOR UPDATE',
    [target.laCode, target.childId],
  );
  return row!.version;
}

export async function bumpRecordVersion(tx: Db, target: ChildTarget, actor: string): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    `UPDATE record_version SET version = version + 1, changed_at = now(), changed_by = $3
      WHERE la_code = $1 AND child_id = $2 RETURNING version`,
    [target.laCode, target.childId, actor],
  );
  return row!.version;
}

/** One change recorded since a version, from its audit row. */
export interface ChangeSince {
  version: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  kind: string;
}

/** The changes recorded for the child after `version`, oldest first (read as the owner: the log is not the reader's). */
export async function changesSince(tx: Db, target: ChildTarget, version: number): Promise<ChangeSince[]> {
  const rows = await tx.query<{
    version: string;
    at: Date | string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string | null;
    kind: string;
  }>(
    `SELECT detail->>'version' AS version, at, actor, action, entity, entity_id, detail->>'kind' AS kind
       FROM audit_log
      WHERE la_code = $1 AND child_id = $2 AND detail->>'recorded' = 'true' AND (detail->>'version')::integer > $3
      ORDER BY (detail->>'version')::integer`,
    [target.laCode, target.childId, version],
  );
  return rows.map((row) => ({
    version: Number(row.version),
    at: row.at instanceof Date ? row.at.toISOString() : String(row.at),
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    kind: row.kind,
  }));
}
