/**
 * Schema migrations: plain SQL files in ./migrations, applied in name order, each in its own
 * transaction, recorded in kestrel_migrations. A store that has a migration this code does not know was
 * made by a newer Kestrel: we refuse to open it rather than run old code against a newer schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { StoreError, type Db } from './db.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export interface Migration {
  name: string;
  sql: string;
}

/** The migrations shipped with this version, in the order they apply. */
export function knownMigrations(): Migration[] {
  return knownMigrationNames().map((name) => ({
    name,
    sql: readFileSync(new URL(`${name}.sql`, MIGRATIONS_DIR), 'utf8'),
  }));
}

/** A short fingerprint of the schema this code expects (used to cache migrated test stores). */
export function schemaFingerprint(): string {
  const hash = createHash('sha256');
  for (const m of knownMigrations()) hash.update(m.name).update(m.sql);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Applies the pending migrations; returns their names. Throws StoreError for a newer store. Every
 * command opens the store through here, so an up-to-date store costs two small reads: whether the
 * migrations table exists, and its names (no DDL, no migration file read unless it is pending).
 */
export async function migrate(db: Db, onApply?: (name: string) => void): Promise<string[]> {
  const [found] = await db.query<{ exists: boolean }>("SELECT to_regclass('kestrel_migrations') IS NOT NULL AS exists");
  if (!found?.exists) {
    await db.exec(`CREATE TABLE IF NOT EXISTS kestrel_migrations (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  }
  const known = knownMigrationNames();
  const applied = new Set((await db.query<{ name: string }>('SELECT name FROM kestrel_migrations')).map((r) => r.name));
  assertNotNewer(applied, known);
  const pending = known.filter((name) => !applied.has(name));
  for (const name of pending) {
    onApply?.(name);
    const sql = readFileSync(new URL(`${name}.sql`, MIGRATIONS_DIR), 'utf8');
    try {
      await db.transaction(async (tx) => {
        await tx.exec(sql);
        await tx.query('INSERT INTO kestrel_migrations (name) VALUES ($1)', [name]);
      });
    } catch (error) {
      throw new StoreError(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return pending;
}

/** The names of the shipped migrations, in the order they apply (their files are not read). */
function knownMigrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => name.replace(/\.sql$/, ''));
}

function assertNotNewer(applied: Set<string>, known: string[]): void {
  const knownNames = new Set(known);
  const unknown = [...applied].filter((name) => !knownNames.has(name)).sort();
  if (unknown.length > 0) {
    throw new StoreError(
      `This store was made by a newer version of Kestrel (it has migration ${unknown[unknown.length - 1]}, ` +
        'which this version does not know). Upgrade Kestrel, or use another data directory.',
    );
  }
}
