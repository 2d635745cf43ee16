/**
 * Writes docs/DATABASE.md from the comments the migrations put on every table and column, so the
 * document cannot drift from the schema. Run after adding a migration:
 *   node --import tsx scripts/generate-database-doc.ts > docs/DATABASE.md
 */
import { PGlite } from '@electric-sql/pglite';
import { embeddedStore } from '../src/store/open.ts';
import { migrate } from '../src/store/migrate.ts';
import { valueParsers } from '../src/store/types.ts';
import { PGLITE_EXTENSIONS } from '../src/store/pglite-extensions.ts';

const store = embeddedStore(
  await PGlite.create({ parsers: valueParsers, extensions: PGLITE_EXTENSIONS }),
  'PGlite in memory',
);
await migrate(store);
const tables = await store.query<{ name: string; comment: string | null }>(
  `SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'kestrel_migrations'
    ORDER BY c.oid`,
);
const columns = await store.query<{
  table: string;
  name: string;
  type: string;
  nullable: boolean;
  comment: string | null;
}>(
  `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
          NOT a.attnotnull AS nullable, col_description(c.oid, a.attnum) AS comment
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.oid, a.attnum`,
);
await store.close();

const out: string[] = [
  '# The record model',
  '',
  'Generated from the comments on the schema (`node --import tsx scripts/generate-database-doc.ts > docs/DATABASE.md`).',
  'Every table carries `la_code`, the council, in its key. Coded columns use domains `code_<list>` whose',
  'allowed values are the code lists in `src/codes` (the `code_list` table holds their labels and years).',
  '',
];
for (const table of tables) {
  out.push(`## ${table.name}`, '', table.comment ?? '', '', '| column | type | null | meaning |', '|---|---|---|---|');
  for (const column of columns.filter((c) => c.table === table.name)) {
    out.push(
      `| ${column.name} | ${column.type} | ${column.nullable ? 'yes' : ''} | ${(column.comment ?? '').replace(/\|/g, '\\|')} |`,
    );
  }
  out.push('');
}
process.stdout.write(out.join('\n'));
