/**
 * Loads a generated council into the store in one transaction: if anything fails, the store is as it
 * was. A council that already holds records is refused unless `replace` is set, in which case its rows
 * are deleted first in the same transaction (the audit log is append-only, so its rows stay).
 */
import type { Db } from '../store/db.ts';
import { insertRows } from '../store/bulk.ts';
import { TABLE_ORDER, type TableName } from './model.ts';
import { SynthOptionError, type GeneratedCouncil, type Progress } from './generate.ts';

export interface LoadResult {
  rows: Record<string, number>;
  totalRows: number;
}

export async function loadCouncil(db: Db, council: GeneratedCouncil, options: { replace?: boolean } = {}, onProgress?: Progress): Promise<LoadResult> {
  const laCode = council.options.identity.laCode;
  const total = TABLE_ORDER.reduce((sum, name) => sum + council.tables[name].length, 0);
  return db.transaction(async (tx) => {
    const [existing] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM council WHERE la_code = $1', [laCode]);
    if ((existing?.n ?? 0) > 0) {
      if (!options.replace) throw new SynthOptionError(`council ${laCode} already holds records; add --replace to delete them and generate afresh`);
      // Children before parents; the audit log (no key to council, append-only) keeps its rows. Users
      // stay, but lose the team or worker they were scoped to: those records are being replaced.
      await tx.query('UPDATE app_user SET team_id = NULL, worker_id = NULL WHERE la_code = $1', [laCode]);
      for (const name of [...TABLE_ORDER].reverse()) await tx.query(`DELETE FROM ${name} WHERE la_code = $1`, [laCode]);
    }
    const rows: Record<string, number> = {};
    let done = 0;
    for (const name of TABLE_ORDER) {
      const source = council.tables[name as TableName];
      const batch = 5000;
      for (let start = 0; start < source.length; start += batch) {
        const slice = source.slice(start, start + batch).map((row) => ({ la_code: laCode, ...row }));
        try {
          await insertRows(tx, name, slice, batch);
        } catch (error) {
          // The driver's error carries the whole batch as a parameter: report only what went wrong.
          const detail = error as { message?: string; constraint?: string; detail?: string };
          throw new Error(`Loading ${name} failed: ${detail.message ?? String(error)}${detail.constraint ? ` (${detail.constraint})` : ''}${detail.detail ? `: ${detail.detail}` : ''}`);
        }
        done += slice.length;
        onProgress?.(done, total, `loading ${name}`);
      }
      rows[name] = source.length;
    }
    await tx.query(
      `INSERT INTO audit_log (la_code, actor, action, entity, detail) VALUES ($1, 'cli:synth', 'generate', 'council', $2::jsonb)`,
      [laCode, JSON.stringify({ population: council.options.population, years: council.options.years, seed: String(council.options.seed), from: council.from, to: council.to, calibratedTo: `${council.options.calibration.area} ${council.options.calibration.year}`, rows: total, replaced: (existing?.n ?? 0) > 0 })],
    );
    return { rows, totalRows: total };
  });
}
