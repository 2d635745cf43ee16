/**
 * The plumbing shared by the test factories: a counter for synthetic ids, one-row inserts, and
 * "make the parent if the caller did not name one" helpers, so `buildReferral(db)` alone yields a
 * council, a child and a referral that satisfy every foreign key.
 */
import type { Db } from '../../store/db.ts';
import { insertRows, type RowValue } from '../../store/bulk.ts';

/** The council every factory uses unless told otherwise (a code no real council has). */
export const TEST_LA = '990';

let counter = 0;

/** A fresh synthetic id such as `C17`: letters and digits only, so it is a valid 903/CIN child id too. */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

/** Inserts one row and returns it as given (callers pass every column, so it is the stored row). */
export async function insertOne<T extends object>(db: Db, table: string, row: T): Promise<T> {
  await insertRows(db, table, [row as unknown as Record<string, RowValue>]);
  return row;
}

/** True when a row with these key values exists (used to create parents on demand). */
export async function rowExists(db: Db, table: string, keys: Record<string, string>): Promise<boolean> {
  const names = Object.keys(keys);
  const where = names.map((name, index) => `${name} = $${index + 1}`).join(' AND ');
  const rows = await db.query(
    `SELECT 1 FROM ${table} WHERE ${where} LIMIT 1`,
    names.map((name) => keys[name]),
  );
  return rows.length > 0;
}

/** Inserts several rows of one table (same columns in each). */
export async function insertMany<T extends object>(db: Db, table: string, rows: readonly T[]): Promise<T[]> {
  await insertRows(db, table, rows as unknown as Record<string, RowValue>[]);
  return [...rows];
}
