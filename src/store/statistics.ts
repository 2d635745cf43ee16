/**
 * Planner statistics. PostgreSQL plans from the row counts and value distributions ANALYZE gathers; a
 * store never analysed plans as if its tables were empty (unallocated-cases took 18.5 s instead of 12 ms
 * on 20,000 children). PostgreSQL servers have autovacuum to keep them fresh; PGlite has none, so bulk
 * loads (synth, import) call `gatherStatistics` and the server runs it periodically.
 */
import type { Db } from './db.ts';

/** Gathers statistics for every table of the store's schema (ANALYZE samples, so it stays cheap). */
export async function gatherStatistics(db: Db): Promise<void> {
  await db.exec('ANALYZE');
}

/** True when some table of the current schema holding rows has never been analysed (nor vacuumed). */
export async function lacksStatistics(db: Db): Promise<boolean> {
  const [row] = await db.query<{ missing: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname = current_schema() AND c.reltuples < 0 AND pg_relation_size(c.oid) > 0
     ) AS missing`,
  );
  return row?.missing ?? false;
}

/** An hour: stores change by imports and synth, which gather statistics themselves; this catches the rest. */
export const STATISTICS_INTERVAL_MS = 60 * 60 * 1000;

/**
 * For a long-running server: gathers statistics now if some table lacks them, then every `intervalMs`.
 * Failures are reported to `onError` and retried at the next interval. `stop` ends it; `started`
 * settles once the first check is done.
 */
export function keepStatisticsFresh(
  db: Db,
  onError: (error: unknown) => void,
  intervalMs = STATISTICS_INTERVAL_MS,
): { stop(): void; started: Promise<void> } {
  let stopped = false;
  const run = async (onlyIfLacking: boolean) => {
    if (stopped) return;
    try {
      if (!onlyIfLacking || (await lacksStatistics(db))) await gatherStatistics(db);
    } catch (error) {
      if (!stopped) onError(error);
    }
  };
  const started = run(true);
  const timer = setInterval(() => void run(false), intervalMs);
  timer.unref(); // never keeps a stopping process alive
  return {
    started,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
