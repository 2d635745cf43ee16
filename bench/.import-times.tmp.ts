import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate903, generateCin } from './returns.ts';
import { openStore } from '../src/store/open.ts';
import { migrate } from '../src/store/migrate.ts';
import type { Db } from '../src/store/db.ts';
import { import903 } from '../src/returns/store/import-903.ts';
import { importCin } from '../src/returns/store/import-cin.ts';
import { collectionMeta } from '../src/returns/ssda903/dataset.ts';
const which = process.argv[2] ?? 'cin';
const url = process.argv[3];
const dir = mkdtempSync(join(tmpdir(), 'it-'));
const store = url ? await openStore({ databaseUrl: url, schema: `kestrel_it_${process.pid}` }) : await openStore({ dataDir: join(dir, 's') });
await migrate(store);
await store.query(`INSERT INTO council (la_code, name) VALUES ('990', 'B') ON CONFLICT DO NOTHING`);
function timing(db: Db): Db {
  return { async query(text: string, params?: readonly unknown[]) { const s = performance.now(); const r = await db.query(text, params); console.log(Math.round(performance.now() - s), 'ms', text.replace(/\s+/g, ' ').slice(0, 90), (params?.[0] as string)?.length); return r as any; }, exec: db.exec, transaction: db.transaction } as Db;
}
const ds: any = which === 'cin' ? generateCin(50_000) : { current: generate903(2000, 5), meta: { ...collectionMeta(2025, undefined), fileFormat: 'csv' } };
for (let pass = 0; pass < 1; pass++) {
  const s = performance.now();
  await store.transaction((tx) => (which === 'cin' ? importCin : import903)(timing(tx), ds, '990'));
  console.log('pass', pass, Math.round(performance.now() - s));
}
await store.close();
