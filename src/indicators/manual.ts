/**
 * Manual measures: values entered per period into measure_value, read for the same dates, periods and
 * levels as computed ones. A period measure combines the entries whose period lies inside the window
 * (sums of numerators and denominators where every entry has both; the sum of values for counts;
 * otherwise the latest entry). A snapshot measure takes the latest entry starting on or before the date.
 */
import type { Db } from '../store/db.ts';
import type { ManualIndicator, ParamValues } from './definition.ts';
import type { EvaluationScope, EvaluationWindow } from './scope.ts';
import type { IndicatorResult, LevelRef } from './result.ts';
import { resultFrame, round } from './figures.ts';

interface EntryRow {
  at: string;
  level_id: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  period_from: string;
  period_to: string;
}

export async function evaluateManualIndicator(
  db: Db,
  def: ManualIndicator,
  params: ParamValues,
  scope: EvaluationScope,
): Promise<IndicatorResult[]> {
  const inWindow =
    def.kind === 'snapshot'
      ? 'mv.period_from <= w.at'
      : 'mv.period_from >= w.period_from AND mv.period_to <= w.period_to';
  const values: unknown[] = [
    scope.la,
    def.id,
    scope.level.kind,
    scope.level.id,
    scope.windows.map((w) => w.at),
    scope.windows.map((w) => w.from),
    scope.windows.map((w) => w.to),
  ];
  const entries = await db.query<EntryRow>(
    `SELECT w.at, mv.level_id, mv.value, mv.numerator, mv.denominator, mv.period_from, mv.period_to
       FROM unnest($5::date[], $6::date[], $7::date[]) AS w(at, period_from, period_to)
       JOIN measure_value mv ON mv.la_code = $1 AND mv.indicator_id = $2 AND mv.level_kind = $3
        AND ($4::text IS NULL OR mv.level_id = $4) AND ${inWindow}
      ORDER BY w.at, mv.period_to, mv.period_from`,
    values,
  );
  const levelIds =
    scope.levelIds === null
      ? [scope.level.id ?? '']
      : [...new Set([...scope.levelIds, ...entries.map((e) => e.level_id)])].sort();
  const results: IndicatorResult[] = [];
  for (const window of scope.windows) {
    for (const levelId of levelIds) {
      const level: LevelRef = { kind: scope.level.kind, id: scope.level.kind === 'council' ? null : levelId };
      const mine = entries.filter((e) => e.at === window.at && e.level_id === levelId);
      results.push(combine(def, params, window, level, mine));
    }
  }
  return results;
}

function combine(
  def: ManualIndicator,
  params: ParamValues,
  window: EvaluationWindow,
  level: LevelRef,
  entries: EntryRow[],
): IndicatorResult {
  const result = resultFrame(def, params, window, level);
  const latest = entries[entries.length - 1];
  if (!latest) {
    result.note = 'No value entered for this period.';
    return result;
  }
  const useLatest = def.kind === 'snapshot' || def.aggregate === 'latest' || entries.length === 1;
  if (useLatest) {
    result.value = round(Number(latest.value));
    result.numerator = latest.numerator === null ? null : Number(latest.numerator);
    result.denominator = latest.denominator === null ? null : Number(latest.denominator);
    return result;
  }
  if (def.aggregate === 'count') {
    result.value = round(entries.reduce((sum, e) => sum + Number(e.value), 0));
    result.numerator = result.value;
    return result;
  }
  if (entries.every((e) => e.numerator !== null && e.denominator !== null)) {
    const numerator = entries.reduce((sum, e) => sum + Number(e.numerator), 0);
    const denominator = entries.reduce((sum, e) => sum + Number(e.denominator), 0);
    result.numerator = numerator;
    result.denominator = denominator;
    result.value =
      denominator > 0
        ? round(def.aggregate === 'percent' ? (100 * numerator) / denominator : numerator / denominator)
        : null;
    return result;
  }
  result.value = round(Number(latest.value));
  result.note = `Latest of ${entries.length} entries (they have no numerators and denominators to combine).`;
  return result;
}
