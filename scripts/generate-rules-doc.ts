/**
 * Writes docs/RULES.md: every DfE validation rule code of the SSDA903 and the CIN census, from our rule
 * registries and the open validators' published rule sets (test-data/conformance/INDEX.csv), with
 * its status (implemented, deviation with its reason, not implemented), its coverage (full, partial and
 * what part, not possible and why: the `coverage` each rule module states), the collection years it
 * applies to and, for a rule the DfE retired, the year it last ran (ssda903/rules/retired.ts).
 * Run: `node --import tsx scripts/generate-rules-doc.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules as rules903 } from '../src/returns/ssda903/rules/registry.ts';
import { deviations as deviations903 } from '../src/returns/ssda903/rules/deviations.ts';
import { retired903 } from '../src/returns/ssda903/rules/retired.ts';
import { allRules as rulesCin } from '../src/returns/cin-census/rules/registry.ts';
import { DEVIATIONS as deviationsCin } from '../src/returns/cin-census/rules/deviations.ts';
import type { RuleInfo } from '../src/returns/findings.ts';
import { coverageOf, type Coverage } from '../src/returns/rules/define-rule.ts';

type DocumentedRule = RuleInfo & { coverage?: Coverage | undefined };

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
  coverage: string;
  note: string;
  module: string;
}

/** The coverage column: 'full', or 'partial: ...' / 'not possible: ...' with the reason. */
function coverageCell(coverage: Coverage): { label: string; reason?: string } {
  if (coverage === 'full') return { label: 'full' };
  if ('partial' in coverage) return { label: 'partial', reason: coverage.partial };
  return { label: 'not possible', reason: coverage.notPossible };
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
  rules: readonly DocumentedRule[],
  peer: '903' | 'cin',
  deviations: Record<string, { reason: string; skip?: boolean }>,
  retired: ReadonlyMap<string, string>,
  folder: string,
): Entry[] {
  const moduleOf = modules(folder);
  const byCode = new Map<string, DocumentedRule[]>();
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
        coverage: 'none',
        note: 'In the DfE rule set; no rule of ours yet.',
        module: '',
      };
    }
    const spans = versions.map((v) => span(v.years.from, v.years.to)).join('; ');
    const retiredNote = retired.get(code);
    const years = retiredNote === undefined ? spans : `${spans} (retired; ${retiredNote})`;
    // The coverage of the latest version: what a return of the current year gets.
    const { label, reason } = coverageCell(coverageOf(versions.at(-1)!));
    const deviation = devByCode.get(code);
    const module = moduleOf.get(code) ?? '';
    const notes = [reason, deviation?.join(' ')].filter((text) => text !== undefined);
    const status = deviation === undefined ? 'implemented' : 'deviation';
    return {
      code,
      years,
      status,
      coverage: label,
      note: notes.length ? notes.join(' ') : versions.at(-1)!.message,
      module,
    };
  });
}

function table(title: string, rows: Entry[]): string {
  const tally = (key: 'status' | 'coverage'): string => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row[key], (counts.get(row[key]) ?? 0) + 1);
    return [...counts].map(([value, n]) => `${n} ${value}`).join(', ');
  };
  return [
    `## ${title}`,
    '',
    `${rows.length} rule codes: ${tally('status')}. Coverage: ${tally('coverage')}.`,
    '',
    '| Code | Years | Status | Coverage | Module | Message, or what is not covered and why |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.code} | ${r.years} | ${r.status} | ${r.coverage} | ${r.module} | ${cell(r.note)} |`),
    '',
  ].join('\n');
}

const retiredByCode = new Map(retired903.map(({ code, why }) => [code, why]));

const doc = [
  '# Validation rules',
  '',
  'Generated by `scripts/generate-rules-doc.ts` from the rule registries (`src/returns/ssda903/rules/registry.ts`,',
  "`src/returns/cin-census/rules/registry.ts`), each rule's coverage, the retired rules, the documented deviations and the DfE rule sets",
  'published in the open validators (csc-validator-be-903, csc-validator-be-cin). Do not edit by hand.',
  '',
  'Each rule is one module, `rule-<code>.ts`, in the folder of the table or theme it checks, written as',
  '`export const rule = defineRule({ code, message, affectedFields, tables, years, validate })` (`ruleVersions` where the DfE',
  'changed the rule between years; see `src/returns/rules/define-rule.ts`). Its hand-written cases sit beside it in',
  "`rule-<code>.cases.ts`, run by `cases.test.ts`; the open validators' recorded cases are run by `conformance.test.ts`.",
  '',
  "Statuses: **implemented** (checked against the open validator's recorded cases); **deviation** (implemented, but we knowingly",
  'differ from the open validator, for the reason given); **not implemented** (in the DfE rule set, no rule of ours yet).',
  "Coverage, stated by each rule module (`coverage` in `defineRule`): **full** (all the rule asks is checked on a council's",
  "file); **partial** (the part named is not checked, for the reason given); **not possible** (the rule needs data a council's",
  "file does not hold and Kestrel cannot ship or derive; it runs only when that data is supplied, so on a council's file it",
  'checks nothing). `kestrel validate 903` supplies the ONS postcode directory (data/ons): rule 392c checks that postcodes',
  'exist, and PL_LA and PL_LOCATION are derived from the placement postcode for the in/out-of-area rules (169, 179, 411, 420,',
  "1015, 503H, 503J; the council's code from --la, else the council of most home postcodes); rules comparing years need",
  "last year's return (--previous). A retired rule (Years) does not run after its last year. Codes ending in Q are queries;",
  'the rest are errors. Years are collection years (2024-25 = year ending 31 March 2025).',
  '',
  table(
    'SSDA903 (children looked after)',
    entries(rules903, '903', deviations903, retiredByCode, 'src/returns/ssda903/rules'),
  ),
  table(
    'CIN census (children in need)',
    entries(rulesCin, 'cin', deviationsCin, new Map(), 'src/returns/cin-census/rules'),
  ),
].join('\n');

writeFileSync(join(ROOT, 'docs', 'RULES.md'), doc);
process.stdout.write(`Wrote docs/RULES.md (${doc.split('\n').length} lines).\n`);
