/**
 * Upserting a table's rows when the import accepts errors: every row the store can hold is stored, and
 * a row it cannot is left out and named (left-out.ts) while the rest of the file is still written in
 * the one transaction. Checked before writing: rows that refer to a row already left out (a placement
 * of a left-out period, any row of a left-out child) and a second row with the same key (a second
 * review of a child on one day: the store holds one). Then the rows are written in bulk as usual
 * (upsert.ts) inside a savepoint; only when the store refuses a batch is it undone and halved until
 * the rows it refuses are found, so a clean table costs one statement more (the savepoint) and each
 * refused row about log2(rows) statements. A refusal that is not about the data (a lost connection, a
 * bug) is not a row's fault and still fails the whole import.
 */
import type { Db } from '../../store/db.ts';
import { tableKeys } from '../../store/bulk.ts';
import type { KeepConditions } from './as-at.ts';
import type { LeftOutRows } from './left-out.ts';
import { addCounts, keyOf, upsertRows, type StoreRow, type WriteCounts } from './upsert.ts';

const SAVEPOINT = 'kestrel_import_rows';

export async function upsertKeepingWhatFits(
  db: Db,
  leftOut: LeftOutRows,
  table: string,
  rows: readonly StoreRow[],
  key: readonly string[],
  update: readonly string[],
  keep?: KeepConditions,
): Promise<WriteCounts> {
  const fit = await withoutDependantsAndDuplicates(db, leftOut, table, rows, key);
  const write = (part: readonly StoreRow[]) => upsertRows(db, table, part, key, update, keep);
  return writeHalving(db, leftOut, table, fit, write);
}

async function withoutDependantsAndDuplicates(
  db: Db,
  leftOut: LeftOutRows,
  table: string,
  rows: readonly StoreRow[],
  key: readonly string[],
): Promise<StoreRow[]> {
  const { foreignKeys } = await tableKeys(db, table);
  // Only keys of the form (la_code, x_id) -> parent (la_code, id) name a row by its id.
  const byId = foreignKeys.filter(
    (fk) => fk.columns.length === 2 && fk.columns[0] === 'la_code' && fk.parentColumns.join() === 'la_code,id',
  );
  const seen = new Set<string>();
  const fit: StoreRow[] = [];
  for (const row of rows) {
    const parent = byId.find((fk) => leftOut.isLeftOut(bareName(fk.parent), row['la_code'], row[fk.columns[1]!]));
    if (parent !== undefined) {
      const parentTable = bareName(parent.parent);
      leftOut.leaveStored(
        table,
        row,
        `left out with its ${parentTable.replaceAll('_', ' ')} (${String(row[parent.columns[1]!])}), which was left out`,
      );
      continue;
    }
    const identity = keyOf(...key.map((column) => stringOf(row[column])));
    if (seen.has(identity)) {
      leftOut.leaveStored(
        table,
        row,
        `a second ${table.replaceAll('_', ' ')} with the same ${key.filter((c) => c !== 'la_code').join(', ')} (${key
          .filter((c) => c !== 'la_code')
          .map((c) => stringOf(row[c]))
          .join(', ')}): the store holds one, the first in the file was kept`,
      );
      continue;
    }
    seen.add(identity);
    fit.push(row);
  }
  return fit;
}

async function writeHalving(
  db: Db,
  leftOut: LeftOutRows,
  table: string,
  rows: readonly StoreRow[],
  write: (rows: readonly StoreRow[]) => Promise<WriteCounts>,
): Promise<WriteCounts> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  await db.query(`SAVEPOINT ${SAVEPOINT}`);
  try {
    const counts = await write(rows);
    await db.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    return counts;
  } catch (error) {
    await db.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    await db.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    if (!isDataRefusal(error)) throw error;
    if (rows.length === 1) {
      leftOut.leaveStored(table, rows[0]!, await refusalReason(db, error));
      return { inserted: 0, updated: 0 };
    }
    const half = Math.ceil(rows.length / 2);
    const first = await writeHalving(db, leftOut, table, rows.slice(0, half), write);
    return addCounts(first, await writeHalving(db, leftOut, table, rows.slice(half), write));
  }
}

/** SQLSTATE classes 22 (data exception: a bad value) and 23 (integrity constraint violation). */
function isDataRefusal(error: unknown): error is { code: string; message: string; constraint?: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

/** The store's refusal in words, with the constraint's definition when it is a check (e.g. the end before the start). */
async function refusalReason(db: Db, error: { code: string; message: string; constraint?: string }): Promise<string> {
  // A coded column is a domain (migrations 20261122_01): its refusal names the code list, not the row.
  const domain = /^value for domain (\S+)/.exec(error.message)?.[1];
  if (domain !== undefined) {
    const [described] = await db.query<{ text: string | null }>(
      "SELECT obj_description(to_regtype($1)::oid, 'pg_type') AS text",
      [domain.replaceAll('"', '')],
    );
    return `the store refused it: a value is not one of the codes of ${described?.text ?? domain}`;
  }
  const constraint = error.constraint ?? /constraint "([^"]+)"/.exec(error.message)?.[1];
  if (constraint !== undefined && (error.code === '23514' || error.code === '23P01')) {
    const [definition] = await db.query<{ def: string }>(
      'SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1 LIMIT 1',
      [constraint],
    );
    if (definition !== undefined) return `the store refused it: ${definition.def}`;
  }
  if (error.code === '23503')
    return `the store refused it: it refers to a record the store does not hold (${error.message})`;
  return `the store refused it: ${error.message}`;
}

function bareName(relation: string): string {
  return relation.slice(relation.lastIndexOf('.') + 1);
}

function stringOf(value: unknown): string {
  return value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}
