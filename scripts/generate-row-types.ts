/**
 * Writes src/store/rows.ts, one interface per table, from the schema the migrations build and the
 * comments they put on every table and column, so row types cannot drift from the schema (a test
 * compares the committed file with a fresh generation). Run after adding a migration:
 *   node --import tsx scripts/generate-row-types.ts
 * Types follow what a query returns through the value parsers (src/store/types.ts).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Db } from '../src/store/db.ts';

interface ColumnInfo {
  table: string;
  name: string;
  /** The declared type, domains by name (code_sex). */
  type: string;
  /** The type under a domain (text for code_sex); the declared type otherwise. */
  base: string;
  nullable: boolean;
  comment: string | null;
}

const TYPESCRIPT: Record<string, string> = {
  text: 'string',
  date: 'string',
  integer: 'number',
  bigint: 'number',
  numeric: 'number',
  boolean: 'boolean',
  'timestamp with time zone': 'Date',
  jsonb: 'unknown',
  'text[]': 'string[]',
};

/** What a value of this column is in TypeScript, and a note on how it reads when that is not obvious. */
function typeOf(column: ColumnInfo): { ts: string; note?: string } {
  const base = column.base.replace(/\(.*\)$/, '');
  if (base === 'date') return { ts: 'string', note: "'YYYY-MM-DD'" };
  if (base.endsWith('[]') && base !== 'text[]') {
    // Neither driver knows the array type of a domain: it reads as PostgreSQL's array text.
    return {
      ts: 'string',
      note: `${column.type} as array text ('{A,B}'); select \`${column.name}::text[]\` for an array`,
    };
  }
  const ts = TYPESCRIPT[base];
  if (ts === undefined)
    throw new Error(
      `${column.table}.${column.name}: no TypeScript type for ${column.type}; add one to generate-row-types.ts`,
    );
  return column.type === column.base ? { ts } : { ts, note: column.type };
}

function interfaceName(table: string): string {
  return `${table
    .split('_')
    .map((part) => part.slice(0, 1).toUpperCase() + part.slice(1))
    .join('')}Row`;
}

/** A doc comment, on one line when it fits in 110 characters, else wrapped at words. */
function docComment(text: string, indent: string): string {
  const words = text
    .replace(/\*\//g, '*\\/')
    .split(/\s+/)
    .filter((word) => word !== '');
  const oneLine = `${indent}/** ${words.join(' ')} */`;
  if (oneLine.length <= 110) return oneLine;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent.length + 3 + line.length + 1 + word.length > 110) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`].join('\n');
}

/** The source of src/store/rows.ts for the schema of `db` (a migrated store). */
export async function rowTypesSource(db: Db): Promise<string> {
  const tables = await db.query<{ name: string; comment: string | null }>(
    `SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'kestrel_migrations'
      ORDER BY c.relname`,
  );
  const columns = await db.query<ColumnInfo>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END, NULL) AS base,
            NOT a.attnotnull AS nullable, col_description(c.oid, a.attnum) AS comment
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
  );
  const out: string[] = [
    '/**',
    " * One interface per table, as a query returns its rows (dates as 'YYYY-MM-DD' strings, counts and",
    ' * numerics as numbers: src/store/types.ts). Generated from the migrations and their comments by',
    ' * scripts/generate-row-types.ts; do not edit (rows.test.ts fails when this file differs from the schema).',
    ' */',
  ];
  for (const table of tables) {
    out.push('', docComment(table.comment ?? table.name, ''), `export interface ${interfaceName(table.name)} {`);
    for (const column of columns.filter((c) => c.table === table.name)) {
      const { ts, note } = typeOf(column);
      const meaning = [column.comment, note === undefined ? undefined : `(${note})`].filter((part) => part).join(' ');
      if (meaning !== '') out.push(docComment(meaning, '  '));
      out.push(`  ${column.name}: ${ts}${column.nullable ? ' | null' : ''};`);
    }
    out.push('}');
  }
  return `${out.join('\n')}\n`;
}

export const ROWS_FILE = fileURLToPath(new URL('../src/store/rows.ts', import.meta.url));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { embeddedStore } = await import('../src/store/open.ts');
  const { migrate } = await import('../src/store/migrate.ts');
  const { valueParsers } = await import('../src/store/types.ts');
  const { PGLITE_EXTENSIONS } = await import('../src/store/pglite-extensions.ts');
  const store = embeddedStore(
    await PGlite.create({ parsers: valueParsers, extensions: PGLITE_EXTENSIONS }),
    'PGlite in memory',
  );
  await migrate(store);
  writeFileSync(ROWS_FILE, await rowTypesSource(store));
  await store.close();
  console.log(`wrote ${ROWS_FILE}`);
}
