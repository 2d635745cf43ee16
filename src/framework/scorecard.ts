/**
 * buildScorecard: what the framework in force computes for a date and a level (council, locality or
 * team), in the model every document renders (model.ts). Each measure's series is computed once per
 * scorecard: the measures are grouped by the window they count over and their frequency, which decides
 * the reference dates a row reads (seriesDates; snapshots, which have no window, join any group), and
 * each group is one
 * evaluateIndicators call (a measure listed twice with different
 * parameters, such as cpp-repeat ever and within 24 months, goes in a second call of its group, since a
 * request takes one set of parameters per id).
 */
import { isIsoDate } from '../calendar/dates.ts';
import { findIndicator, evaluateIndicators, resolveParams } from '../indicators/evaluate.ts';
import type { IndicatorDefinition, ParamValues, Polarity, Unit } from '../indicators/definition.ts';
import { IndicatorRequestError } from '../indicators/request.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import type { Db } from '../store/db.ts';
import { benchmarksFor } from './benchmark.ts';
import { commentaryFor } from './commentary.ts';
import type { Frequency, Scorecard } from './model.ts';
import { parseReportingPeriod, reportingPeriodOf } from './period.ts';
import { defaultCounterpart } from './counterparts.ts';
import { regionOf } from './published.ts';
import { effectiveUnitAndPolarity, measureKey } from './read.ts';
import type { FrameworkIndicator } from './schema.ts';
import { buildRow, seriesDates } from './scorecard-row.ts';
import { frameworkAt } from './versions.ts';

export interface ScorecardOptions {
  /** The date the scorecard is "as at". */
  at: string;
  /** 'council' (default), 'locality:NAME' or 'team:ID'. */
  level?: string | undefined;
  /** Council code; optional when the store holds one council. */
  la?: string | undefined;
  /** The period's label ('2024-25Q2', '2025-03'); the month of `at` by default. */
  period?: string | undefined;
  /**
   * Count every period measure over this window ending at `at` instead of the window the framework sets
   * for it (the dashboard's period filter); snapshots are unaffected. The period label follows it
   * (month, quarter, or financial year for year to date) unless `period` is given.
   */
  window?: DashboardWindow | undefined;
  /**
   * The position on `at` itself as each measure's latest point, not at the month-end (or quarter end)
   * before it: the dashboard is live, so what was recorded today shows today. Documents leave it off and
   * report at the period's end.
   */
  live?: boolean | undefined;
  /** Use the framework in force on this date instead of on `at`. */
  frameworkAt?: string | undefined;
  onProgress?: (done: number, total: number, label?: string) => void;
}

/** The windows a scorecard may be asked for in place of the framework's own. */
export const DASHBOARD_WINDOWS = ['month', 'quarter', 'ytd'] as const;
export type DashboardWindow = (typeof DASHBOARD_WINDOWS)[number];

interface Measure {
  sectionIndex: number;
  entry: FrameworkIndicator;
  def: IndicatorDefinition;
  params: ParamValues;
  unit: Unit;
  polarity: Polarity;
  key: string;
}

export async function buildScorecard(db: Db, options: ScorecardOptions): Promise<Scorecard> {
  for (const [name, value] of [
    ['at', options.at],
    ['frameworkAt', options.frameworkAt],
  ] as const)
    if (value !== undefined && !isIsoDate(value))
      throw new IndicatorRequestError(`${name}: expected an existing date as YYYY-MM-DD, got "${value}".`);
  const council = await resolveCouncil(db, options.la);
  const level = await resolveLevel(db, council, options.level ?? 'council');
  const period = periodLabel(options);
  const stored = await frameworkAt(db, council.laCode, options.frameworkAt ?? options.at);
  if (!stored)
    throw new IndicatorRequestError(
      `No performance framework is in force for council ${council.laCode} on ${options.frameworkAt ?? options.at}: import one with \`kestrel framework import FILE\` (or --default).`,
    );
  const measures = stored.framework.sections.flatMap((section, sectionIndex) =>
    section.indicators.map((entry) => measureOf(entry, sectionIndex)),
  );
  const series = await evaluateSeries(db, council.laCode, level.text, options, measures);
  const commentary = await commentaryFor(db, council.laCode, period.label, period.to);
  const area = { laCode: council.laCode, region: council.region };
  const rows = measures.map((m) => {
    const counterpart = m.entry.dfe === 'none' ? null : (m.entry.dfe ?? defaultCounterpart(m.entry.id, m.params));
    return {
      sectionIndex: m.sectionIndex,
      row: buildRow({
        entry: m.entry,
        def: m.def,
        params: m.params,
        unit: m.unit,
        polarity: m.polarity,
        series: series.get(m.key) ?? [],
        at: options.at,
        benchmarks: counterpart ? benchmarksFor(counterpart, area, options.at, m.polarity, m.entry.comparators) : null,
        commentary: commentary.get(m.entry.id) ?? [],
        live: options.live,
      }),
    };
  });
  return {
    council,
    at: options.at,
    period: period.label,
    level: level.ref,
    framework: { name: stored.name, version: stored.version, effectiveFrom: stored.effectiveFrom },
    sections: stored.framework.sections.map((section, i) => ({
      id: section.id,
      title: section.title,
      rows: rows.filter((r) => r.sectionIndex === i).map((r) => r.row),
    })),
    producedAt: new Date().toISOString(),
  };
}

function measureOf(entry: FrameworkIndicator, sectionIndex: number): Measure {
  // The stored framework was checked at import; a catalogue change since then is a refusal, not a crash.
  const def = findIndicator(entry.id);
  if (!def) throw new IndicatorRequestError(`The framework names "${entry.id}", which the catalogue no longer has.`);
  const params = resolveParams(def, entry.params);
  const { unit, polarity } = effectiveUnitAndPolarity(def, params, entry.polarity);
  return { sectionIndex, entry, def, params, unit, polarity, key: measureKey(entry.id, params) };
}

/**
 * Every measure's series, keyed by measureKey: one engine call per (window, series length), plus one
 * more per extra parameter set of an id. Snapshot measures ignore the window and share the first group.
 */
async function evaluateSeries(
  db: Db,
  la: string,
  level: string,
  options: ScorecardOptions,
  measures: readonly Measure[],
): Promise<Map<string, IndicatorResult[]>> {
  const calls: { window: string; frequency: Frequency; params: Map<string, ParamValues> }[] = [];
  // Period measures first: a snapshot ignores the window, so it joins any call of its series length.
  const ordered = [...measures].sort((a, b) => Number(a.def.kind === 'snapshot') - Number(b.def.kind === 'snapshot'));
  for (const m of ordered) {
    const snapshot = m.def.kind === 'snapshot';
    const frequency = m.entry.frequency;
    const window = options.window ?? m.entry.window;
    const fits = (c: (typeof calls)[number]) => c.frequency === frequency && (snapshot || c.window === window);
    if (calls.some((c) => fits(c) && measureKeyIn(c.params, m))) continue;
    let call = calls.find((c) => fits(c) && !c.params.has(m.entry.id));
    if (!call) {
      call = { window: snapshot ? 'month' : window, frequency, params: new Map() };
      calls.push(call);
    }
    call.params.set(m.entry.id, m.params);
  }
  const byKey = new Map<string, IndicatorResult[]>();
  let done = 0;
  const total = calls.reduce((n, c) => n + c.params.size, 0);
  for (const call of calls) {
    const results = await evaluateIndicators(
      db,
      {
        la,
        at: options.at,
        period: call.window,
        level,
        ids: [...call.params.keys()],
        params: Object.fromEntries(call.params),
        dates: seriesDates(call.frequency, options.at, options.live),
      },
      (_, __, label) => options.onProgress?.(++done, total, label),
    );
    for (const result of results) {
      const key = measureKey(result.id, result.params);
      const list = byKey.get(key) ?? [];
      list.push(result);
      byKey.set(key, list);
    }
  }
  return byKey;
}

function measureKeyIn(params: Map<string, ParamValues>, m: Measure): boolean {
  const given = params.get(m.entry.id);
  return given !== undefined && measureKey(m.entry.id, given) === m.key;
}

function periodLabel(options: ScorecardOptions): { label: string; to: string } {
  if (!options.period) {
    const kind = options.window === 'ytd' ? 'year' : (options.window ?? 'month');
    return { label: reportingPeriodOf(kind, options.at), to: options.at };
  }
  try {
    const period = parseReportingPeriod(options.period);
    return { label: period.label, to: period.to < options.at ? period.to : options.at };
  } catch (error) {
    throw new IndicatorRequestError((error as Error).message);
  }
}

async function resolveCouncil(db: Db, requested: string | undefined): Promise<Scorecard['council']> {
  const councils = await db.query<{ la_code: string; name: string; region: string | null }>(
    'SELECT la_code, name, region FROM council ORDER BY la_code',
  );
  const chosen = requested
    ? councils.find((c) => c.la_code === requested)
    : councils.length === 1
      ? councils[0]
      : undefined;
  if (!chosen) {
    if (requested) throw new IndicatorRequestError(`No council ${requested} in this store.`);
    if (councils.length === 0) throw new IndicatorRequestError('The store holds no council yet.');
    throw new IndicatorRequestError(
      `The store holds several councils (${councils.map((c) => c.la_code).join(', ')}): name one.`,
    );
  }
  return { laCode: chosen.la_code, name: chosen.name, region: chosen.region ?? regionOf(chosen.la_code) ?? null };
}

async function resolveLevel(
  db: Db,
  council: Scorecard['council'],
  text: string,
): Promise<{ text: string; ref: Scorecard['level'] }> {
  const la = council.laCode;
  if (text === 'council') return { text, ref: { kind: 'council', id: null, name: council.name } };
  const [kind, ...rest] = text.split(':');
  const id = rest.join(':');
  if ((kind !== 'team' && kind !== 'locality') || !id)
    throw new IndicatorRequestError(`Unknown level "${text}": a scorecard is for council, locality:NAME or team:ID.`);
  const found =
    kind === 'team'
      ? await db.query<{ name: string }>('SELECT name FROM team WHERE la_code = $1 AND id = $2', [la, id])
      : await db.query<{ name: string }>(
          'SELECT DISTINCT locality AS name FROM team WHERE la_code = $1 AND locality = $2',
          [la, id],
        );
  if (!found[0]) throw new IndicatorRequestError(`No ${kind} "${id}" in council ${la}.`);
  return { text, ref: { kind, id, name: found[0].name } };
}
