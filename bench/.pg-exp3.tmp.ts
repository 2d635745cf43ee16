import { PGlite } from '@electric-sql/pglite';
const pg = await PGlite.create();
console.log((await pg.query(`SELECT datcollate, datctype, datlocprovider FROM pg_database WHERE datname = current_database()`)).rows);
await pg.exec(`CREATE TABLE a (k text PRIMARY KEY); CREATE TABLE b (k text COLLATE "C" PRIMARY KEY); CREATE TABLE c (k text);`);
const keys = JSON.stringify(Array.from({ length: 20000 }, (_, i) => ({ k: `N${String(i).padStart(7, '0')}` })));
for (const t of ['c', 'a', 'b']) { const s = performance.now(); await pg.query(`INSERT INTO ${t} SELECT k FROM json_populate_recordset(NULL::${t}, $1::json)`, [keys]); console.log(t, Math.round(performance.now() - s)); }
