/**
 * Reads a performance framework file (YAML, or JSON, which YAML reads too) and checks it completely
 * before anything is stored: the shape (schema.ts), then the rules that need the catalogue — a known
 * indicator id and parameters, bands that meet without overlap or gap with green on the better side
 * (rag.ts), targets and band edges in the indicator's unit (a percentage from 0 to 100, a whole count),
 * quarter and month targets inside the framework's year, a known DfE counterpart. Every problem is
 * reported with its line; a file with any problem is refused whole.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { findIndicator, resolveParams } from '../indicators/evaluate.ts';
import type { IndicatorDefinition, ParamValues, Polarity, Unit } from '../indicators/definition.ts';
import { parseReportingPeriod } from './period.ts';
import { COUNTERPARTS } from './counterparts.ts';
import { checkBands, isThresholds } from './rag.ts';
import { FrameworkSchema, type Framework, type FrameworkIndicator } from './schema.ts';

export interface FrameworkProblem {
  line: number;
  /** Where in the file, e.g. "sections[0].indicators[2].target.quarters.Q5". */
  path: string;
  message: string;
}

export class FrameworkFileError extends Error {
  override name = 'FrameworkFileError';
  constructor(
    readonly file: string,
    readonly problems: readonly FrameworkProblem[],
  ) {
    const first = problems[0];
    super(
      first
        ? `${file}:${first.line}: ${first.path ? `${first.path}: ` : ''}${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : ''}`
        : `${file}: invalid framework`,
    );
  }

  /** Every problem, one line each: "file:line: path: reason". */
  lines(): string[] {
    return this.problems.map((p) => `${this.file}:${p.line}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  }
}

type Path = readonly (string | number)[];

function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');
}

/** The line of the nearest node the path reaches (a missing key is reported at its parent). */
function lineOf(doc: Document, counter: LineCounter, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

/** Parses and checks a framework file; throws FrameworkFileError listing every problem. */
export function readFramework(text: string, file: string): Framework {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new FrameworkFileError(
      file,
      doc.errors.map((e) => ({ line: e.linePos?.[0]?.line ?? 1, path: '', message: e.message.split('\n')[0]! })),
    );
  }
  const parsed = FrameworkSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    throw new FrameworkFileError(
      file,
      parsed.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        return { line: lineOf(doc, counter, path), path: pathText(path), message: issue.message };
      }),
    );
  }
  const problems: FrameworkProblem[] = [];
  const report = (path: Path, message: string) =>
    problems.push({ line: lineOf(doc, counter, path), path: pathText(path), message });
  checkFramework(parsed.data, report);
  if (problems.length > 0) throw new FrameworkFileError(file, problems);
  return parsed.data;
}

type Report = (path: Path, message: string) => void;

function checkFramework(framework: Framework, report: Report): void {
  let yearFrom: string | undefined;
  try {
    yearFrom = parseReportingPeriod(framework.year).from;
  } catch (error) {
    report(['year'], (error as Error).message);
  }
  const sectionIds = new Set<string>();
  const measures = new Set<string>();
  framework.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) report(['sections', s, 'id'], `section id "${section.id}" is used twice`);
    sectionIds.add(section.id);
    section.indicators.forEach((indicator, i) => {
      const at: Path = ['sections', s, 'indicators', i];
      const def = findIndicator(indicator.id);
      if (!def) {
        report(
          [...at, 'id'],
          `unknown indicator id "${indicator.id}" (see docs/INDICATORS.md or \`kestrel indicators --list\`)`,
        );
        return;
      }
      let params: ParamValues;
      try {
        params = resolveParams(def, indicator.params);
      } catch (error) {
        report([...at, 'params'], (error as Error).message);
        return;
      }
      const key = measureKey(indicator.id, params);
      if (measures.has(key)) report(at, `${indicator.id} with these parameters is listed twice`);
      measures.add(key);
      checkIndicator(indicator, def, params, framework.year, yearFrom, at, report);
    });
  });
}

/** One measure of a framework: its id with its resolved parameters. */
export function measureKey(id: string, params: ParamValues): string {
  const entries = Object.entries(params).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? `${id}?${entries.map(([k, v]) => `${k}=${v}`).join('&')}` : id;
}

/** The unit and polarity a framework entry is judged in (a local variant may change the unit). */
export function effectiveUnitAndPolarity(
  def: IndicatorDefinition,
  params: ParamValues,
  override: Polarity | undefined,
): { unit: Unit; polarity: Polarity } {
  const adapted = def.source === 'records' && def.adapt ? { ...def, ...def.adapt(params) } : def;
  return { unit: adapted.unit, polarity: override ?? adapted.polarity };
}

function checkIndicator(
  indicator: FrameworkIndicator,
  def: IndicatorDefinition,
  params: ParamValues,
  year: string,
  yearFrom: string | undefined,
  at: Path,
  report: Report,
): void {
  const { unit, polarity } = effectiveUnitAndPolarity(def, params, indicator.polarity);
  const target = indicator.target;
  if (target?.year !== undefined) checkValue(target.year, unit, [...at, 'target', 'year'], 'target', report);
  for (const [quarter, value] of Object.entries(target?.quarters ?? {})) {
    const path = [...at, 'target', 'quarters', quarter];
    const q = /^(?:(\d{4}-\d{2}))?Q(\d+)$/.exec(quarter);
    if (!q || Number(q[2]) < 1 || Number(q[2]) > 4)
      report(path, `quarter "${quarter}" is outside the year: a financial year has quarters Q1 to Q4`);
    else if (q[1] !== undefined && q[1] !== year)
      report(path, `quarter "${quarter}" is outside the framework's year ${year}`);
    checkValue(value, unit, path, 'target', report);
  }
  for (const [month, value] of Object.entries(target?.months ?? {})) {
    const path = [...at, 'target', 'months', month];
    const inYear = yearFrom !== undefined && /^\d{4}-\d{2}$/.test(month) && isMonthOfYear(month, year);
    if (!inYear)
      report(path, `month "${month}" is outside the framework's year ${year} (expected YYYY-MM from April to March)`);
    checkValue(value, unit, path, 'target', report);
  }
  if (indicator.bands) {
    const problem = checkBands(indicator.bands, polarity);
    if (problem) report([...at, 'bands'], problem);
    if (isThresholds(indicator.bands)) {
      for (const [rag, band] of Object.entries(indicator.bands)) {
        for (const [edge, value] of Object.entries(band ?? {}))
          checkValue(value as number, unit, [...at, 'bands', rag, edge], 'band edge', report);
      }
    } else if (target === undefined) report([...at, 'bands'], 'a tolerance needs a target');
  }
  if (indicator.dfe !== undefined && indicator.dfe !== 'none' && !(indicator.dfe in COUNTERPARTS))
    report(
      [...at, 'dfe'],
      `unknown DfE counterpart "${indicator.dfe}" (known: ${Object.keys(COUNTERPARTS).join(', ')}, none)`,
    );
  if (indicator.underlying) {
    const unknown = [...indicator.underlying.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1]!)
      .filter((n) => !PLACEHOLDERS.has(n));
    if (unknown.length)
      report([...at, 'underlying'], `unknown placeholder {${unknown[0]}} (use {numerator}, {denominator}, {value})`);
  }
}

const PLACEHOLDERS = new Set(['numerator', 'denominator', 'value']);

function isMonthOfYear(month: string, year: string): boolean {
  try {
    const { from, to } = parseReportingPeriod(year);
    const m = parseReportingPeriod(month);
    return m.kind === 'month' && m.from >= from && m.to <= to;
  } catch {
    return false;
  }
}

/** A target or band edge in the measure's unit: a percentage 0-100, a whole count, nothing negative. */
function checkValue(value: number, unit: Unit, path: Path, what: string, report: Report): void {
  if (unit === 'percent' && (value < 0 || value > 100))
    report(path, `${what} ${value} is not a percentage: expected 0 to 100`);
  else if (unit === 'count' && !Number.isInteger(value))
    report(path, `${what} ${value} is not a whole number: the measure is a count`);
  else if (unit !== 'pounds' && value < 0) report(path, `${what} ${value} is negative: the measure is a ${unit}`);
}
