/**
 * Small writes and lookups the event kinds share. Every statement names the council and the child, so
 * an id from a form can only ever reach the child the change was authorised for.
 */
import { randomUUID } from 'node:crypto';
import { insertRows, type RowValue } from '../store/bulk.ts';
import type { Db } from '../store/db.ts';
import type { ChildTarget } from './child-findings.ts';
import { MissingRecordError, type Written } from './event-kind.ts';

/** A new record id: readable prefix, unique without a sequence (records also arrive by import). */
export function newRecordId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

const TABLE = /^[a-z_][a-z0-9_]*$/;

/** Inserts one row of the child's and says so for the audit row. */
export async function insertChildRow(
  tx: Db,
  target: ChildTarget,
  table: string,
  row: Record<string, RowValue>,
): Promise<Written> {
  const id = String(row['id']);
  await insertRows(tx, table, [{ la_code: target.laCode, child_id: target.childId, ...row }]);
  return { action: 'create', entity: table, entityId: id };
}

/** Updates columns of one of the child's rows; the row must exist (else the form field is named). */
export async function updateChildRow(
  tx: Db,
  target: ChildTarget,
  table: string,
  id: string,
  changes: Record<string, RowValue>,
  field: string,
): Promise<Written> {
  if (!TABLE.test(table)) throw new Error(`Invalid table name: ${table}`);
  const columns = Object.keys(changes);
  for (const column of columns) if (!TABLE.test(column)) throw new Error(`Invalid column name: ${column}`);
  const sets = columns.map((column, index) => `${column} = $${index + 4}`).join(', ');
  const rows = await tx.query(
    `UPDATE ${table} SET ${sets} WHERE la_code = $1 AND child_id = $2 AND id = $3 RETURNING id`,
    [target.laCode, target.childId, id, ...columns.map((column) => changes[column])],
  );
  if (rows.length === 0) throw new MissingRecordError(field, `No such ${table.replaceAll('_', ' ')} for this child`);
  return { action: 'update', entity: table, entityId: id };
}

/** One of the child's rows by id, or a MissingRecordError naming the form field. */
export async function childRow<T>(tx: Db, target: ChildTarget, table: string, id: string, field: string): Promise<T> {
  if (!TABLE.test(table)) throw new Error(`Invalid table name: ${table}`);
  const [row] = await tx.query<T>(`SELECT * FROM ${table} WHERE la_code = $1 AND child_id = $2 AND id = $3`, [
    target.laCode,
    target.childId,
    id,
  ]);
  if (row === undefined) throw new MissingRecordError(field, `No such ${table.replaceAll('_', ' ')} for this child`);
  return row;
}
