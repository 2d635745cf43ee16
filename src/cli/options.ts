/**
 * Options shared by every command that opens the store, and the parsers commands use for arguments.
 * Nothing here loads the store: `kestrel --help` must not pay for PGlite.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { Store } from '../store/db.ts';
import type { StoreOptions } from '../store/open.ts';

/** Set on every command's flags from the global --quiet (main.ts). */
export interface CommonFlags {
  quiet?: boolean;
}

export interface StoreFlags extends CommonFlags {
  dataDir?: string;
  databaseUrl?: string;
}

/** Adds --data-dir and --database-url (default from DATABASE_URL) to a command. */
export function withStoreOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'embedded store directory', process.env.KESTREL_DATA_DIR ?? './.kestrel')
    .option(
      '--database-url <url>',
      'PostgreSQL server URL instead of the embedded store (env DATABASE_URL)',
      process.env.DATABASE_URL,
    );
}

/**
 * Opens the store the flags name and brings its schema up to date (`inWorker`: as the server opens it).
 * Check every option first.
 */
export async function openMigratedStore(
  flags: StoreFlags,
  options: Pick<StoreOptions, 'inWorker'> = {},
): Promise<Store> {
  const { openStore } = await import('../store/open.ts');
  const { migrate } = await import('../store/migrate.ts');
  const store = await openStore({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl, ...options });
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

export function integerOption(min: number, max: number) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`must be between ${min} and ${max}, got ${n}`);
    return n;
  };
}

export function laCodeOption(value: string): string {
  if (!/^\d{3}$/.test(value))
    throw new InvalidArgumentError(`expected a three-digit local authority code such as 929, got "${value}"`);
  return value;
}

export function isoDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!m || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
