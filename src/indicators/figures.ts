/** Turns grouped counts into a result: the value by the definition's aggregate, rate and breakdown. */
import type { Aggregate, IndicatorDefinition, ParamValues, RecordIndicator } from './definition.ts';
import type { EvaluationScope, EvaluationWindow } from './scope.ts';
import type { BreakdownEntry, IndicatorResult, LevelRef } from './result.ts';

export interface Counts {
  numerator: number;
  denominator: number;
  excluded: number;
  categories: { category: string; numerator: number; denominator: number }[];
}

/** Values are rounded to 4 decimal places so that floating-point noise never reaches a report. */
export function round(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value * 10000) / 10000;
}

/** The result frame shared by computed and manual measures, without figures. */
export function resultFrame(
  def: IndicatorDefinition,
  params: ParamValues,
  window: EvaluationWindow,
  level: LevelRef,
): IndicatorResult {
  const period = def.kind === 'snapshot' ? { from: window.at, to: window.at } : { from: window.from, to: window.to };
  return {
    id: def.id,
    title: def.title,
    unit: def.unit,
    polarity: def.polarity,
    kind: def.kind,
    source: def.source,
    at: window.at,
    period,
    level,
    value: null,
    numerator: null,
    denominator: null,
    excluded: 0,
    params,
  };
}

export function buildResult(
  def: RecordIndicator,
  params: ParamValues,
  scope: EvaluationScope,
  window: EvaluationWindow,
  level: LevelRef,
  counts: Counts,
): IndicatorResult {
  const result = resultFrame(def, params, window, level);
  const population = populationFor(def, scope, window, level);
  const figure = applyAggregate(
    def.aggregate,
    counts.numerator,
    counts.denominator,
    window.months,
    population,
    def.population?.per,
  );
  result.numerator = counts.numerator;
  result.denominator = figure.denominator;
  result.value = round(figure.value);
  result.excluded = counts.excluded;
  if (def.aggregate === 'population' && population === null) {
    result.note =
      level.kind === 'council'
        ? 'No population estimate recorded for the year.'
        : 'Rates per population are for the council only.';
  }
  if (def.aggregate === 'count' && def.population) {
    result.rate = {
      per: def.population.per,
      ages: def.population.ages,
      value: population === null ? null : round((counts.numerator / population) * def.population.per),
    };
  }
  if (def.categories || counts.categories.length > 0)
    result.breakdown = breakdown(def, counts, window.months, population);
  return result;
}

function populationFor(
  def: RecordIndicator,
  scope: EvaluationScope,
  window: EvaluationWindow,
  level: LevelRef,
): number | null {
  if (!def.population || level.kind !== 'council') return null;
  const row = scope.populations.get(window.at);
  if (!row) return null;
  return def.population.ages === '0-17' ? row.aged_0_17 : row.aged_10_17;
}

function applyAggregate(
  aggregate: Aggregate,
  numerator: number,
  denominator: number,
  months: number,
  population: number | null,
  per = 1,
): { value: number | null; denominator: number | null } {
  switch (aggregate) {
    case 'count':
      return { value: numerator, denominator: null };
    case 'percent':
      return { value: denominator > 0 ? (100 * numerator) / denominator : null, denominator };
    case 'ratio':
      return { value: denominator > 0 ? numerator / denominator : null, denominator };
    case 'per-month':
      return { value: numerator / months, denominator: months };
    case 'population':
      return { value: population ? (numerator / population) * per : null, denominator: population };
  }
}

/** One entry per known category (in the definition's order) and per category found in the rows. */
function breakdown(def: RecordIndicator, counts: Counts, months: number, population: number | null): BreakdownEntry[] {
  const known = def.categories ?? [];
  const codes = [
    ...known.map((c) => c.code),
    ...counts.categories
      .map((c) => c.category)
      .filter((c) => !known.some((k) => k.code === c))
      .sort(),
  ];
  return codes.map((code) => {
    const found = counts.categories.find((c) => c.category === code);
    const numerator = found?.numerator ?? 0;
    const denominator = found?.denominator ?? 0;
    const figure = applyAggregate(def.aggregate, numerator, denominator, months, population, def.population?.per);
    const whole = def.aggregate === 'count' ? counts.numerator : counts.denominator;
    const part = def.aggregate === 'count' ? numerator : denominator;
    return {
      category: code,
      label: known.find((c) => c.code === code)?.label ?? code,
      numerator,
      denominator: figure.denominator,
      value: round(figure.value),
      share: whole > 0 ? round((100 * part) / whole) : null,
    };
  });
}
