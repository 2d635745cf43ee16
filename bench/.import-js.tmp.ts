import { generate903, generateCin } from './returns.ts';
import type { Db } from '../src/store/db.ts';
import { import903 } from '../src/returns/store/import-903.ts';
import { importCin } from '../src/returns/store/import-cin.ts';
import { collectionMeta } from '../src/returns/ssda903/dataset.ts';
let stringify = 0;
const fake: Db = { async query(text: string, params?: readonly unknown[]) { if (text.includes('WITH written')) { const s = performance.now(); JSON.parse(params![0] as string); stringify += performance.now() - s; return [{ inserted: 1, updated: 0 }] as any; } return []; }, async exec() {}, async transaction(w) { return w(fake); } };
for (const which of ['cin', '903']) {
  const ds: any = which === 'cin' ? generateCin(50_000) : { current: generate903(2000, 5), meta: { ...collectionMeta(2025, undefined), fileFormat: 'csv' } };
  for (let i = 0; i < 2; i++) { const s = performance.now(); await (which === 'cin' ? importCin : import903)(fake, ds, '990'); console.log(which, 'js import', Math.round(performance.now() - s)); }
}
