/**
 * The database interface every module uses. Repository and query functions take a `Db` as their first
 * argument, so the same code runs on the embedded store, a PostgreSQL server, or inside a transaction.
 * Only `open.ts` knows which backend is behind it.
 */
export interface Db {
  /** Runs one parametrised statement ($1, $2, ...) and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
}

export interface Store extends Db {
  /** Where the data lives, for messages: "PGlite at ./.kestrel" or "PostgreSQL at host:port/db". */
  readonly description: string;
  close(): Promise<void>;
}

/** A problem opening or migrating the store, with a message meant for the person at the terminal. */
export class StoreError extends Error {
  override name = 'StoreError';
}
