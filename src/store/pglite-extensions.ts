/**
 * The PostgreSQL extensions every embedded store opens with (open.ts, its worker thread
 * pglite-thread.ts, the test stores of testing.ts and the scripts that migrate a scratch store): a store
 * whose schema uses an extension (migration 20261206_04: pg_trgm's trigram index on children's names)
 * cannot be read or written by a PGlite that has not loaded it. PGlite ships pg_trgm as a contrib
 * bundle; a PostgreSQL server has it in its contrib package.
 */
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

export const PGLITE_EXTENSIONS = { pg_trgm } as const;
