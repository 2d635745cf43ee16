/**
 * The yardstick for the indicator benchmark: one sequential scan of every row of every table of child
 * records (each table with a child_id column), on the store being measured. Index scans are switched
 * off for the statement, so each table is read whole, as an indicator reading all history would read
 * it. Timed twice: the first read may come from disk, the second from the store's cache.
 */
import type { Store } from '../src/store/db.ts';

export async function sequentialScanMs(db: Store): Promise<{ rows: number; firstMs: number; ms: number }> {
  const tables = await db.query<{ name: string }>(
    `SELECT c.table_name AS name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.column_name = 'child_id' AND t.table_type = 'BASE TABLE' AND c.table_schema = current_schema()
      ORDER BY c.table_name`,
  );
  const sql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.name}")`).join(' + ')} AS n`;
  const scan = () =>
    db.transaction(async (tx) => {
      await tx.exec(
        'SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off; SET LOCAL enable_bitmapscan = off',
      );
      const started = performance.now();
      const [row] = await tx.query<{ n: number }>(sql);
      return { rows: Number(row?.n ?? 0), ms: Math.round(performance.now() - started) };
    });
  const first = await scan();
  const second = await scan();
  return { rows: second.rows, firstMs: first.ms, ms: second.ms };
}
