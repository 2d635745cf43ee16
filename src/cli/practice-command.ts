/**
 * What the practice commands (missing, workload, proceedings, budget, demand) share: the date they are
 * asked about, a period checked before the store is opened, and a run against the store with a progress
 * line, the store closed whatever happens, and a tool's refusal of what the store lacks (no council, no
 * budget lines ...) as one line with exit code 1. Nothing here loads the store or a tool until run, so
 * `kestrel --help` stays instant.
 */
import type { Store } from '../store/db.ts';
import { UsageError } from './errors.ts';
import { openMigratedStore, type StoreFlags } from './options.ts';
import { startProgress } from './progress.ts';

/** The --at date every practice command needs; `what` says what it is to that command. */
export function requireAt(at: string | undefined, what = 'the date to look at'): string {
  if (!at) throw new UsageError(`--at is required (${what}, YYYY-MM-DD).`);
  return at;
}

/** Checks --period against the date before the store is opened. */
export async function checkPeriod(period: string, at: string): Promise<void> {
  const { parsePeriod } = await import('../calendar/periods.ts');
  try {
    parsePeriod(period, at);
  } catch (error) {
    throw new UsageError(`--period: ${(error as Error).message}`);
  }
}

/**
 * Opens the store, runs the work with a progress line named after the command, and closes the store;
 * a PracticeRequestError (the store lacks what was asked for) becomes a one-line refusal, exit code 1.
 */
export async function withPracticeStore<T>(
  command: string,
  flags: StoreFlags,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const { PracticeRequestError } = await import('../practice/council.ts');
  const progress = startProgress(command, { quiet: flags.quiet });
  const store = await openMigratedStore(flags);
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof PracticeRequestError) throw new UsageError(error.message, 1);
    throw error;
  } finally {
    progress.stop();
    await store.close();
  }
}

/** The text of a report in the format asked for (csv only where the command has one). */
export function inFormat(
  format: 'table' | 'json' | 'csv',
  writers: { table: () => string; json: () => string; csv?: () => string },
): string {
  if (format === 'json') return writers.json();
  if (format === 'csv' && writers.csv) return writers.csv();
  return writers.table();
}
