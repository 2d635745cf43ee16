/** What an evaluation returns: one result per indicator, reference date and level. */
import type { Period } from '../calendar/periods.ts';
import type { IndicatorKind, LevelKind, ParamValues, Polarity, Unit } from './definition.ts';

export interface LevelRef {
  kind: LevelKind;
  /** Locality name, team id or worker id; null for the council. */
  id: string | null;
}

export interface BreakdownEntry {
  category: string;
  label: string;
  numerator: number;
  denominator: number | null;
  /** The indicator's aggregate applied within the category. */
  value: number | null;
  /** Share of the total, in %: of the numerator for counts, of the denominator otherwise. */
  share: number | null;
}

/** Where a row stands in the figure, for drill-down. */
export type RowStatus = 'numerator' | 'denominator' | 'excluded' | 'context';

export interface ExplainRow {
  status: RowStatus;
  subjectType: string;
  subjectId: string;
  recordId: string | null;
  levelDate: string | null;
  teamId: string | null;
  workerId: string | null;
  excludedReason: string | null;
  numValue: number;
  denValue: number;
  category: string | null;
  detail: string | null;
}

export interface IndicatorResult {
  id: string;
  title: string;
  unit: Unit;
  polarity: Polarity;
  kind: IndicatorKind;
  source: 'records' | 'manual';
  /** Reference date. */
  at: string;
  /** The window counted (from..to, to never after `at`); for snapshots from = to = at. */
  period: Period;
  level: LevelRef;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Rate per population for counts that have one (council level only). */
  rate?: { per: number; ages: '0-17' | '10-17'; value: number | null };
  breakdown?: BreakdownEntry[];
  /** Rows left out with a reason (in the drill-down as 'excluded'). */
  excluded: number;
  params: ParamValues;
  /** Why a value is missing (no population for the year, not measured at this level, ...). */
  note?: string;
  rows?: ExplainRow[];
}

/**
 * The public JSON form of a result, for the CLI (`--format json`) and the web API alike: the fixed fields
 * first, then what is present (rate, breakdown, params, excluded, note), and the drill-down rows only
 * when `rows` is asked for (the API never asks: rows name children).
 */
export function presentResult(
  result: IndicatorResult,
  options: { rows: boolean } = { rows: false },
): Record<string, unknown> {
  return {
    id: result.id,
    title: result.title,
    unit: result.unit,
    polarity: result.polarity,
    at: result.at,
    period: result.period,
    level: result.level,
    value: result.value,
    numerator: result.numerator,
    denominator: result.denominator,
    ...(result.rate ? { rate: result.rate } : {}),
    ...(result.breakdown ? { breakdown: result.breakdown } : {}),
    ...(Object.keys(result.params).length ? { params: result.params } : {}),
    ...(result.excluded ? { excluded: result.excluded } : {}),
    ...(result.note ? { note: result.note } : {}),
    ...(options.rows && result.rows ? { rows: result.rows } : {}),
  };
}
