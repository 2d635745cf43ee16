/**
 * Bulk insertion that runs the same on both backends: each batch is one statement that expands a JSON
 * array into rows with json_populate_recordset, so column types, defaults and constraints apply as for
 * any INSERT. A batch of a few thousand rows is one round trip instead of thousands.
 */
import type { Db } from './db.ts';

/** A column value; an object goes to a json or jsonb column as it is. */
export type RowValue = string | number | boolean | null | readonly string[] | { readonly [key: string]: unknown };
export type Rows = readonly Record<string, RowValue | undefined>[];

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Inserts rows into `table` in batches; every row should have the same keys. Returns the count. */
export async function insertRows(db: Db, table: string, rows: Rows, batchSize = 5000): Promise<number> {
  if (!TABLE_NAME.test(table)) throw new Error(`Invalid table name: ${table}`);
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!);
  for (const column of columns) if (!TABLE_NAME.test(column)) throw new Error(`Invalid column name: ${column}`);
  const list = columns.join(', ');
  const statement = `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`;
  for (let start = 0; start < rows.length; start += batchSize) {
    await db.query(statement, [JSON.stringify(rows.slice(start, start + batchSize))]);
  }
  return rows.length;
}
