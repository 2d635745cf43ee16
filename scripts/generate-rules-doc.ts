/**
 * Writes docs/RULES.md: every DfE validation rule code of the SSDA903 and the CIN census, from our rule
 * registries and the open validators' published rule sets (test-data/conformance/INDEX.csv), with
 * its status (implemented, needs reference data, deviation with its reason, not implemented) and the
 * collection years it applies to. Run: `node --import tsx scripts/generate-rules-doc.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules as rules903 } from '../src/returns/ssda903/rules/registry.ts';
import { deviations as deviations903 } from '../src/returns/ssda903/rules/deviations.ts';
import { notImplemented } from '../src/returns/ssda903/rules/not-implemented.ts';
import { allRules as rulesCin } from '../src/returns/cin-census/rules/registry.ts';
import { DEVIATIONS as deviationsCin } from '../src/returns/cin-census/rules/deviations.ts';
import { POSTCODE_DERIVED_RULES } from '../src/returns/store/validate.ts';
import type { RuleInfo } from '../src/returns/findings.ts';

const ROOT = join(import.meta.dirname, '..');
const INDEX = new URL('../test-data/conformance/INDEX.csv', import.meta.url).pathname;

/** 'lac2022_23' or 'cin2022_23' -> 2023 (the year of the 31 March ending the collection). */
function yearOfFolder(folder: string): number {
  const match = /(\d{4})_\d{2}$/.exec(folder);
  return match ? Number(match[1]) + 1 : NaN;
}

function published(peer: '903' | 'cin'): Map<string, number[]> {
  const codes = new Map<string, number[]>();
  for (const line of readFileSync(INDEX, 'utf8').trim().split('\n').slice(1)) {
    const [who, folder, code] = line.split(',');
    if (who !== peer || code === undefined || folder === undefined) continue;
    codes.set(code, [...(codes.get(code) ?? []), yearOfFolder(folder)]);
  }
  return codes;
}

function span(from: number, to: number | undefined): string {
  const label = (year: number) => `${year - 1}-${String(year).slice(2)}`;
  return to === undefined ? `${label(from)} on` : from === to ? label(from) : `${label(from)} to ${label(to)}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

interface Entry {
  code: string;
  years: string;
  status: string;
  note: string;
  module: string;
}

/** Each rule code's module, as a link from docs/: `rule-<code>.ts` in the folder of its table or theme. */
function modules(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).sort()) {
    const match = /(?:^|\/)rule-([^/]+)\.ts$/.exec(path);
    if (match && !path.endsWith('.cases.ts')) found.set(match[1]!, `[${path}](../${folder}/${path})`);
  }
  return found;
}

function entries(
  rules: readonly RuleInfo[],
  peer: '903' | 'cin',
  deviations: Record<string, { reason: string; skip?: boolean }>,
  extra: Map<string, { status: string; note: string }>,
  folder: string,
): Entry[] {
  const moduleOf = modules(folder);
  const byCode = new Map<string, RuleInfo[]>();
  for (const rule of rules) byCode.set(rule.code, [...(byCode.get(rule.code) ?? []), rule]);
  const devByCode = new Map<string, string[]>();
  for (const [key, deviation] of Object.entries(deviations)) {
    const [folder, code] = key.split('/');
    if (code === undefined || folder === undefined) continue;
    devByCode.set(code, [
      ...(devByCode.get(code) ?? []),
      `${span(yearOfFolder(folder), yearOfFolder(folder))}: ${deviation.reason}`,
    ]);
  }
  const peerCodes = published(peer);
  const codes = [...new Set([...byCode.keys(), ...peerCodes.keys()])].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return codes.map((code) => {
    const versions = byCode.get(code) ?? [];
    if (versions.length === 0) {
      const years = peerCodes.get(code) ?? [];
      return {
        code,
        years: span(Math.min(...years), Math.max(...years)),
        status: 'not implemented',
        note: 'In the DfE rule set; no rule of ours yet.',
        module: '',
      };
    }
    const years = versions.map((v) => span(v.years.from, v.years.to)).join('; ');
    const special = extra.get(code);
    const deviation = devByCode.get(code);
    const module = moduleOf.get(code) ?? '';
    if (special !== undefined) return { code, years, status: special.status, note: special.note, module };
    if (deviation !== undefined) return { code, years, status: 'deviation', note: deviation.join(' '), module };
    return { code, years, status: 'implemented', note: versions[0]!.message, module };
  });
}

function table(title: string, rows: Entry[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const summary = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
  return [
    `## ${title}`,
    '',
    `${rows.length} rule codes: ${summary}.`,
    '',
    '| Code | Years | Status | Module | Message, reason or reference data needed |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.code} | ${r.years} | ${r.status} | ${r.module} | ${cell(r.note)} |`),
    '',
  ].join('\n');
}

const extra903 = new Map<string, { status: string; note: string }>();
for (const item of notImplemented) extra903.set(item.code, { status: 'needs reference data', note: item.reason });
// Rules that read the Ofsted provider register (meta.providerInfo), licensed data we do not ship.
for (const code of ['219', '221', '224', '227', '228', '229', '241']) {
  if (!extra903.has(code))
    extra903.set(code, {
      status: 'needs reference data',
      note: 'Needs the Ofsted provider register (URN list); runs when meta.providerInfo is given, else flags nothing.',
    });
}
for (const [code, column] of POSTCODE_DERIVED_RULES) {
  extra903.set(code, {
    status: 'needs reference data',
    note: `Needs ${column}, which the DfE tool derives from the postcodes with the ONS postcode directory (not shipped); runs only when the episodes carry ${column}.`,
  });
}

const doc = [
  '# Validation rules',
  '',
  'Generated by `scripts/generate-rules-doc.ts` from the rule registries (`src/returns/ssda903/rules/registry.ts`,',
  '`src/returns/cin-census/rules/registry.ts`), the reference-data list, the documented deviations and the DfE rule sets',
  'published in the open validators (csc-validator-be-903, csc-validator-be-cin). Do not edit by hand.',
  '',
  'Each rule is one module, `rule-<code>.ts`, in the folder of the table or theme it checks, written as',
  '`export const rule = defineRule({ code, message, affectedFields, tables, years, validate })` (`ruleVersions` where the DfE',
  'changed the rule between years; see `src/returns/rules/define-rule.ts`). Its hand-written cases sit beside it in',
  "`rule-<code>.cases.ts`, run by `cases.test.ts`; the open validators' recorded cases are run by `conformance.test.ts`.",
  '',
  "Statuses: **implemented** (checked against the open validator's recorded cases); **deviation** (implemented, but we knowingly",
  'differ from the open validator, for the reason given); **needs reference data** (registered, but runs only when the data it',
  'needs is supplied); **not implemented** (in the DfE rule set, no rule of ours yet). Codes ending in Q are queries; the rest',
  'are errors. Years are collection years (2024-25 = year ending 31 March 2025).',
  '',
  table(
    'SSDA903 (children looked after)',
    entries(rules903, '903', deviations903, extra903, 'src/returns/ssda903/rules'),
  ),
  table(
    'CIN census (children in need)',
    entries(rulesCin, 'cin', deviationsCin, new Map(), 'src/returns/cin-census/rules'),
  ),
].join('\n');

writeFileSync(join(ROOT, 'docs', 'RULES.md'), doc);
process.stdout.write(`Wrote docs/RULES.md (${doc.split('\n').length} lines).\n`);
