import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate903, generateCin } from './returns.ts';
import { write903Csv } from '../src/returns/io/write-903-csv.ts';
import { writeCinXml } from '../src/returns/io/write-cin-xml.ts';
import { read903CsvTables } from '../src/returns/io/read-903-csv.ts';
import { readCinXml } from '../src/returns/io/read-cin-xml.ts';
import { validateXmlFile } from '../src/returns/io/xsd.ts';
import { collectionMeta } from '../src/returns/ssda903/dataset.ts';
import { rulesToRun903 } from '../src/returns/store/validate.ts';
import { rulesFor as rulesCin } from '../src/returns/cin-census/rules/registry.ts';
import { toFindings, tables903, runRules } from '../src/returns/report/to-findings.ts';
const which = process.argv[2] ?? 'both';
const dir = mkdtempSync(join(tmpdir(), 'rt-'));
function t<T>(label: string, f: () => T): T { const s = performance.now(); const r = f(); console.log(label, Math.round(performance.now() - s)); return r; }
async function ta<T>(label: string, f: () => Promise<T>): Promise<T> { const s = performance.now(); const r = await f(); console.log(label, Math.round(performance.now() - s)); return r; }
function perRule(rules: any[], ds: any) {
  const times: [string, number][] = [];
  for (const r of rules) { const s = performance.now(); r.validate(ds); times.push([r.code, performance.now() - s]); }
  times.sort((a, b) => b[1] - a[1]);
  console.log('total rules', Math.round(times.reduce((n, x) => n + x[1], 0)), 'top:', times.slice(0, 25).map(([c, m]) => `${c}:${Math.round(m)}`).join(' '));
}
if (which !== 'cin') {
  await write903Csv(join(dir, '903'), generate903(2000, 5));
  const read = await ta('903 read', () => read903CsvTables([join(dir, '903')]));
  const ds: any = { current: read.tables, meta: { ...collectionMeta(2025, undefined), fileFormat: 'csv' } };
  perRule(rulesToRun903(2025, ds), ds);
  const { results } = t('903 runRules', () => runRules(rulesToRun903(2025, ds), ds));
  t('903 toFindings', () => toFindings(results, tables903(ds.current), read.sources, 'CHILD'));
}
if (which !== '903') {
  await writeCinXml(join(dir, 'cin.xml'), generateCin(50_000), { laCode: '990' });
  const read = await ta('cin read', () => readCinXml(join(dir, 'cin.xml'), {}));
  await ta('cin xsd', () => validateXmlFile(join(dir, 'cin.xml'), 'cin', { year: 2025 }));
  perRule(rulesCin(2025), read.dataset);
  const { results } = t('cin runRules', () => runRules(rulesCin(2025), read.dataset));
  t('cin toFindings', () => toFindings(results, read.dataset.tables as any, read.sources, 'LAchildID'));
}
