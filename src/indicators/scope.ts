/**
 * The scope of one evaluation, resolved once for every indicator in it: the council, the reference
 * dates with their windows, the level, and the population per date.
 */
import type { Db } from '../store/db.ts';
import { financialYearOf, monthEnds, parsePeriod, type Period } from '../calendar/periods.ts';
import { parseIsoDate } from '../calendar/dates.ts';
import type { LevelKind } from './definition.ts';
import { LEVEL_KINDS } from './definition.ts';
import { IndicatorRequestError, type ParsedIndicatorRequest } from './request.ts';
import type { LevelRef } from './result.ts';

export interface EvaluationWindow {
  at: string;
  /** The period as asked (fy may end after `at`). */
  period: Period;
  /** The window counted: period.from .. min(period.to, at), since nothing after `at` is known at `at`. */
  from: string;
  to: string;
  /** Calendar months the window touches (per-month measures). */
  months: number;
}

export interface Population {
  year: number;
  aged_0_17: number;
  aged_10_17: number;
}

export interface EvaluationScope {
  la: string;
  windows: EvaluationWindow[];
  level: LevelRef;
  /** Every locality, team or worker to report when the level names none; null for one level. */
  levelIds: string[] | null;
  /** Population used at each reference date (undefined when the council has none recorded). */
  populations: Map<string, Population | undefined>;
  explain: boolean;
}

export async function resolveScope(db: Db, request: ParsedIndicatorRequest): Promise<EvaluationScope> {
  const la = await resolveCouncil(db, request.la);
  const windows = resolveWindows(request);
  const last = windows[windows.length - 1]!.at;
  const { level, levelIds } = await resolveLevel(db, la, request.level, last);
  const populations = await resolvePopulations(
    db,
    la,
    windows.map((w) => w.at),
  );
  return { la, windows, level, levelIds, populations, explain: request.explain };
}

async function resolveCouncil(db: Db, requested: string | undefined): Promise<string> {
  const councils = await db.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code');
  if (requested) {
    if (!councils.some((c) => c.la_code === requested))
      throw new IndicatorRequestError(`No council ${requested} in this store.`);
    return requested;
  }
  if (councils.length === 1) return councils[0]!.la_code;
  if (councils.length === 0) throw new IndicatorRequestError('The store holds no council yet.');
  throw new IndicatorRequestError(
    `The store holds several councils (${councils.map((c) => c.la_code).join(', ')}): name one.`,
  );
}

/** Reference dates (one, the last N month-ends, or the dates given, in order) and their windows. */
export function resolveWindows(
  request: Pick<ParsedIndicatorRequest, 'at' | 'period' | 'series' | 'dates'>,
): EvaluationWindow[] {
  const isRange = request.period.includes('..');
  if (isRange && (request.series || request.dates))
    throw new IndicatorRequestError(
      'A series needs a relative period (month, quarter, ytd, fy, r12), not a fixed range.',
    );
  const dates = request.dates
    ? [...new Set(request.dates)].sort()
    : request.series
      ? monthEnds(request.at, request.series)
      : [request.at];
  return dates.map((at) => {
    let period: Period;
    try {
      period = parsePeriod(request.period, at);
    } catch (error) {
      throw new IndicatorRequestError((error as Error).message);
    }
    if (period.from > at)
      throw new IndicatorRequestError(`The period ${period.from}..${period.to} starts after the reference date ${at}.`);
    const to = period.to < at ? period.to : at;
    return { at, period, from: period.from, to, months: monthsTouched(period.from, to) };
  });
}

function monthsTouched(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return b.year * 12 + b.month - (a.year * 12 + a.month) + 1;
}

/** Reads 'kind' or 'kind:id' and checks the locality, team or worker exists. */
async function resolveLevel(
  db: Db,
  la: string,
  text: string,
  at: string,
): Promise<{ level: LevelRef; levelIds: string[] | null }> {
  const colon = text.indexOf(':');
  const kind = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const id = colon < 0 ? null : text.slice(colon + 1).trim();
  if (!(LEVEL_KINDS as readonly string[]).includes(kind)) {
    throw new IndicatorRequestError(
      `Unknown level "${text}": use council, locality, team or worker, optionally with :ID.`,
    );
  }
  const levelKind = kind as LevelKind;
  if (levelKind === 'council') {
    if (id) throw new IndicatorRequestError('The council level takes no id (the council is chosen separately).');
    return { level: { kind: 'council', id: null }, levelIds: null };
  }
  if (id === '') throw new IndicatorRequestError(`Level "${text}" has an empty id.`);
  if (id !== null) {
    if (!(await levelExists(db, la, levelKind, id)))
      throw new IndicatorRequestError(`No ${levelKind} "${id}" in council ${la}.`);
    return { level: { kind: levelKind, id }, levelIds: null };
  }
  return { level: { kind: levelKind, id: null }, levelIds: await levelsAt(db, la, levelKind, at) };
}

async function levelExists(db: Db, la: string, kind: LevelKind, id: string): Promise<boolean> {
  const sql = {
    locality: 'SELECT 1 FROM team WHERE la_code = $1 AND locality = $2 LIMIT 1',
    team: 'SELECT 1 FROM team WHERE la_code = $1 AND id = $2',
    worker: 'SELECT 1 FROM worker WHERE la_code = $1 AND id = $2',
    council: 'SELECT 1',
  }[kind];
  return (await db.query(sql, [la, id])).length > 0;
}

/** The localities, teams or workers active at `at`, for a report of every one of them. */
async function levelsAt(db: Db, la: string, kind: LevelKind, at: string): Promise<string[]> {
  const sql = {
    locality: `SELECT DISTINCT locality AS id FROM team WHERE la_code = $1 AND locality IS NOT NULL
                 AND opened <= $2 AND (closed IS NULL OR closed >= $2) ORDER BY 1`,
    team: 'SELECT id FROM team WHERE la_code = $1 AND opened <= $2 AND (closed IS NULL OR closed >= $2) ORDER BY id',
    worker:
      'SELECT id FROM worker WHERE la_code = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2) ORDER BY id',
    council: 'SELECT NULL AS id WHERE $1::text IS NULL AND $2::date IS NULL',
  }[kind];
  return (await db.query<{ id: string }>(sql, [la, at])).map((row) => row.id);
}

/**
 * The ONS mid-year estimate for each reference date: the estimate of 30 June in the financial year
 * containing the date (so 2024-25 uses mid-2024, as DfE's 2025 tables do), or the latest earlier one.
 */
async function resolvePopulations(db: Db, la: string, dates: string[]): Promise<Map<string, Population | undefined>> {
  const rows = await db.query<Population>(
    'SELECT year, aged_0_17, aged_10_17 FROM council_population WHERE la_code = $1 ORDER BY year',
    [la],
  );
  const result = new Map<string, Population | undefined>();
  for (const at of dates) {
    const year = financialYearOf(at);
    result.set(at, rows.filter((row) => row.year <= year).pop());
  }
  return result;
}
