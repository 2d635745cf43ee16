/**
 * The import history of the returns pages: the batches of the caller's council (table import_batch,
 * returns/store/import-batches.ts, as `kestrel imports list|show` reads them). A batch names children
 * (its left-out rows and findings), so opening one is audited as `kestrel imports show` audits it, in
 * the same transaction; a batch of another council reads as absent.
 */
import { recordAudit } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import {
  findImportBatch,
  listImportBatches,
  type ImportBatch,
  type ImportBatchSummary,
} from '../../returns/store/import-batches.ts';
import type { Db } from '../../store/db.ts';
import type { AppUserRow } from '../../store/rows.ts';

export { storedTotal } from '../../returns/store/import-batch-text.ts';

export function importHistory(db: Db, laCode: string): Promise<ImportBatchSummary[]> {
  return listImportBatches(db, { laCode });
}

/**
 * The names people know the importers by: an import records its actor as the audit log does (an
 * app_user id, or `cli:<user>` for a command); a person's display name is shown where there is one.
 */
export async function actorNames(db: Db, actors: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(actors)];
  const rows = await db.query<Pick<AppUserRow, 'id' | 'display_name'>>(
    'SELECT id, display_name FROM app_user WHERE id = ANY($1::text[])',
    [ids],
  );
  const names = new Map(rows.map((row) => [row.id, row.display_name]));
  return new Map(ids.map((id) => [id, names.get(id) ?? id]));
}

/** The batch with this id of the actor's council, its view audited; undefined when there is none. */
export async function openImportBatch(
  db: Db,
  actor: Actor,
  id: number,
  context: { via: string; address: string; at: Date },
): Promise<ImportBatch | undefined> {
  return db.transaction(async (tx) => {
    const batch = await findImportBatch(tx, id);
    if (batch === undefined || batch.laCode !== actor.laCode) return undefined;
    await recordAudit(tx, {
      laCode: actor.laCode,
      actor: actor.userId,
      action: 'view',
      entity: 'import_batch',
      entityId: String(id),
      at: context.at,
      detail: { via: context.via, address: context.address },
    });
    return batch;
  });
}

/** The return as people name it. */
export function returnName(kind: string): string {
  return kind === '903' ? 'SSDA903' : kind === 'cin' ? 'CIN census' : kind === 'annexa' ? 'Annex A' : kind;
}
