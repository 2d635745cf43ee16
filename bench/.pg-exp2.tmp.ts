import { PGlite } from '@electric-sql/pglite';
import { embeddedStore } from '../src/store/open.ts';
import { migrate } from '../src/store/migrate.ts';
const store = embeddedStore(await PGlite.create(), 'mem');
await migrate(store);
await store.query(`INSERT INTO council (la_code, name) VALUES ('990', 'B')`);
const rows = Array.from({ length: 20000 }, (_, i) => ({ la_code: '990', id: `N${i}`, sex: 'M', ethnicity: 'WBRI', date_of_birth: '2010-01-01', upn_unknown: 'UN4', disabilities: ['NONE'] }));
const cols = Object.keys(rows[0]!).join(', ');
await store.exec('CREATE TABLE bare (LIKE child INCLUDING DEFAULTS)');
await store.exec('CREATE TABLE bare_pk (LIKE child INCLUDING DEFAULTS, PRIMARY KEY (la_code, id))');
await store.exec('CREATE TABLE bare_text (la_code text, id text, sex text, ethnicity text, date_of_birth date, upn_unknown text, disabilities text[])');
for (const t of ['bare_text', 'bare', 'bare_pk', 'child']) {
  const s = performance.now();
  await store.transaction(async (tx) => { for (let i = 0; i < rows.length; i += 10000) await tx.query(`INSERT INTO ${t} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${t}, $1::json)`, [JSON.stringify(rows.slice(i, i + 10000))]); });
  console.log(t, Math.round(performance.now() - s));
}
