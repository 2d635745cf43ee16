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
  /**
   * The store for one server request: its statements wait in a bounded queue (StoreBusyError when it is
   * full) and fail with StoreTimeoutError once `timeoutMs` have passed since this call. The embedded
   * store in this thread cannot be interrupted and applies neither (the server uses the worker store).
   */
  forRequest(timeoutMs: number): Db;
  /** The store's state, read without touching the database (for /healthz). */
  health(): StoreHealth;
  close(): Promise<void>;
}

export interface StoreHealth {
  /** 'restarting' while a worker cancelled for a slow request is replaced. */
  state: 'ready' | 'restarting' | 'closed';
  /** Statements or transactions running now, and waiting for their turn. */
  running: number;
  waiting: number;
}

/** A problem opening or migrating the store, with a message meant for the person at the terminal. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The queue of work waiting for the store is full: the server answers 503 with Retry-After. */
export class StoreBusyError extends StoreError {
  override name = 'StoreBusyError';
}

/** A request's time limit passed: its statement was cancelled (the server answers 503). */
export class StoreTimeoutError extends StoreError {
  override name = 'StoreTimeoutError';
}
