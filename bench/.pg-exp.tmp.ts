import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open.ts';
import { migrate } from '../src/store/migrate.ts';
const dir = mkdtempSync(join(tmpdir(), 'pe-'));
const store = await openStore({ dataDir: join(dir, 's') });
await migrate(store);
await store.query(`INSERT INTO council (la_code, name) VALUES ('990', 'B') ON CONFLICT DO NOTHING`);
const rows = Array.from({ length: 20000 }, (_, i) => ({ la_code: '990', id: `N${i}`, sex: 'M', ethnicity: 'WBRI', date_of_birth: '2010-01-01', expected_date_of_birth: null, upn: null, former_upn: null, upn_unknown: 'UN4', disabilities: ['NONE'], death_date: null }));
const cols = Object.keys(rows[0]!).join(', ');
async function t(label: string, f: () => Promise<unknown>) { await store.query('DELETE FROM child'); const s = performance.now(); await f(); console.log(label, Math.round(performance.now() - s)); }
for (const batch of [2000, 20000]) {
  await t(`json ret b${batch}`, async () => { for (let i = 0; i < rows.length; i += batch) await store.query(`INSERT INTO child (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::child, $1::json) ON CONFLICT (la_code, id) DO UPDATE SET sex = EXCLUDED.sex WHERE (child.sex) IS DISTINCT FROM (EXCLUDED.sex) RETURNING (xmax = 0) AS inserted`, [JSON.stringify(rows.slice(i, i + batch))]); });
  await t(`json noret b${batch}`, async () => { for (let i = 0; i < rows.length; i += batch) await store.query(`INSERT INTO child (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::child, $1::json) ON CONFLICT (la_code, id) DO NOTHING`, [JSON.stringify(rows.slice(i, i + batch))]); });
}
await t('json select only', async () => { await store.query(`SELECT count(*) FROM json_populate_recordset(NULL::child, $1::json)`, [JSON.stringify(rows)]); });
await t('jsonb select only', async () => { await store.query(`SELECT count(*) FROM jsonb_populate_recordset(NULL::child, $1::jsonb)`, [JSON.stringify(rows)]); });
await t('json_to_recordset text', async () => { await store.query(`SELECT count(*) FROM json_to_recordset($1::json) AS x(la_code text, id text, sex text, ethnicity text, date_of_birth date)`, [JSON.stringify(rows)]); });
await t('unnest arrays insert', async () => { await store.query(`INSERT INTO child (la_code, id, sex, ethnicity, date_of_birth) SELECT '990', u.id, u.sex::code_sex, u.eth::code_ethnicity, u.dob FROM unnest($1::text[], $2::text[], $3::text[], $4::date[]) AS u(id, sex, eth, dob)`, [rows.map(r => r.id), rows.map(r => r.sex), rows.map(r => r.ethnicity), rows.map(r => r.date_of_birth)]); });
await t('json insert 5 cols', async () => { await store.query(`INSERT INTO child (la_code, id, sex, ethnicity, date_of_birth) SELECT la_code, id, sex, ethnicity, date_of_birth FROM json_populate_recordset(NULL::child, $1::json)`, [JSON.stringify(rows)]); });
await store.close();
