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

export async function loadCouncil(
  db: Db,
  council: GeneratedCouncil,
  options: { replace?: boolean } = {},
  onProgress?: Progress,
): Promise<LoadResult> {
  const laCode = council.options.identity.laCode;
  const total = TABLE_ORDER.reduce((sum, name) => sum + council.tables[name].length, 0);
  return db.transaction(async (tx) => {
    const [existing] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM council WHERE la_code = $1', [
      laCode,
    ]);
    if ((existing?.n ?? 0) > 0) {
      if (!options.replace)
        throw new SynthOptionError(
          `council ${laCode} already holds records; add --replace to delete them and generate afresh`,
        );
      await deleteCouncilRows(tx, laCode);
    }
    // Every key is checked here against the generated rows, so the database's key triggers can be
    // switched off for the inserts where the session may (they halve the load time on PGlite).
    checkForeignKeys(council, laCode, await foreignKeys(tx));
    const keysOff = await switchKeyTriggers(tx, false);
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
          throw new Error(
            `Loading ${name} failed: ${detail.message ?? String(error)}${detail.constraint ? ` (${detail.constraint})` : ''}${detail.detail ? `: ${detail.detail}` : ''}`,
          );
        }
        done += slice.length;
        onProgress?.(done, total, `loading ${name}`);
      }
      rows[name] = source.length;
    }
    if (keysOff) await switchKeyTriggers(tx, true);
    await tx.query(
      `INSERT INTO audit_log (la_code, actor, action, entity, detail) VALUES ($1, 'cli:synth', 'generate', 'council', $2::jsonb)`,
      [
        laCode,
        JSON.stringify({
          population: council.options.population,
          years: council.options.years,
          seed: String(council.options.seed),
          from: council.from,
          to: council.to,
          calibratedTo: `${council.options.calibration.area} ${council.options.calibration.year}`,
          rows: total,
          replaced: (existing?.n ?? 0) > 0,
        }),
      ],
    );
    return { rows, totalRows: total };
  });
}

/**
 * Deletes every row of the council's records, children before parents. The audit log (append-only, no
 * key to council) keeps its rows; users stay but lose the team or worker they were scoped to, since
 * those records are being replaced. Deleting row by row makes PostgreSQL check each deleted row's keys
 * against tables already emptied, which is quadratic on PGlite; where the session may (a superuser, as
 * on PGlite), key triggers are switched off for these deletes only: every table holding the council's
 * rows is emptied, so no key can be left dangling.
 */
async function deleteCouncilRows(tx: Db, laCode: string): Promise<void> {
  await tx.query('UPDATE app_user SET team_id = NULL, worker_id = NULL WHERE la_code = $1', [laCode]);
  const keysOff = await switchKeyTriggers(tx, false);
  for (const name of [...TABLE_ORDER].reverse()) await tx.query(`DELETE FROM ${name} WHERE la_code = $1`, [laCode]);
  if (keysOff) await switchKeyTriggers(tx, true);
}

/**
 * Switches foreign key (and other) triggers off or back on for the rest of the transaction, where the
 * session may (a superuser: always on PGlite). Returns whether they were switched.
 */
async function switchKeyTriggers(tx: Db, on: boolean): Promise<boolean> {
  await tx.query('SAVEPOINT synth_triggers');
  try {
    await tx.query(`SET LOCAL session_replication_role = ${on ? 'origin' : 'replica'}`);
    await tx.query('RELEASE SAVEPOINT synth_triggers');
    return true;
  } catch {
    await tx.query('ROLLBACK TO SAVEPOINT synth_triggers');
    return false;
  }
}

interface ForeignKey {
  table: string;
  ref: string;
  cols: string[];
  refcols: string[];
}

/** The foreign keys between the record model's tables, from the catalogue. */
async function foreignKeys(tx: Db): Promise<ForeignKey[]> {
  const rows = await tx.query<{ table: string; ref: string; cols: string[]; refcols: string[] }>(`
    SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS ref,
      ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS cols,
      ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o) AS refcols
    FROM pg_constraint c WHERE c.contype = 'f'`);
  const tables = new Set<string>(TABLE_ORDER);
  return rows
    .map((r) => ({ ...r, table: r.table.replace(/^.*\./, ''), ref: r.ref.replace(/^.*\./, '') }))
    .filter((fk) => tables.has(fk.table));
}

/** Throws if a generated row refers to a row that is not generated (the check the triggers would make). */
export function checkForeignKeys(council: GeneratedCouncil, laCode: string, keys: ForeignKey[]): void {
  const value = (row: Record<string, unknown>, col: string) => (col === 'la_code' ? laCode : row[col]);
  for (const fk of keys) {
    const source = council.tables[fk.table as TableName];
    if (!source?.length) continue;
    const target = council.tables[fk.ref as TableName];
    if (!target) throw new Error(`Generated ${fk.table} refers to ${fk.ref}, which the generator does not write`);
    const present = new Set(target.map((row) => fk.refcols.map((col) => String(value(row, col))).join('\u0001')));
    for (const row of source) {
      const parts = fk.cols.map((col) => value(row, col));
      if (parts.some((part) => part === null || part === undefined)) continue;
      const key = parts.map(String).join('\u0001');
      if (!present.has(key))
        throw new Error(
          `Generated ${fk.table} row refers to a missing ${fk.ref} (${fk.cols.join(', ')} = ${parts.join(', ')})`,
        );
    }
  }
}
