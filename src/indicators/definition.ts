/**
 * What an indicator is: a declarative definition with the catalogue's id (docs/INDICATORS.md; never
 * renamed), its unit and polarity, its parameters, and either the SQL that yields its subject-level rows
 * (computed indicators) or nothing more (manual measures, read from measure_value). The engine in
 * ./evaluate.ts turns a definition, a council, reference dates, a period and a level into results.
 *
 * The contract of `rows(ctx, params)` is in README.md beside this file; in short, it returns one SELECT
 * over the window table `w` (columns at, period_from, period_to) producing the columns of ROW_COLUMNS,
 * most easily through `ctx.columns({...})`.
 */

export type Polarity = 'H' | 'L' | 'N';

/** Period indicators count events in a window; snapshot indicators count a state at the reference date. */
export type IndicatorKind = 'period' | 'snapshot';

export type Unit =
  | 'count'
  | 'percent'
  | 'rate-per-10k'
  | 'rate-per-100k'
  | 'rate-per-1000'
  | 'ratio'
  | 'days'
  | 'weeks'
  | 'per-month'
  | 'fte'
  | 'points'
  | 'pounds';

/**
 * How rows become a figure. numerator = sum(num_value) over rows in the numerator, denominator =
 * sum(den_value) over rows in the denominator (count(DISTINCT subject_id) instead when `distinct`).
 * - count:      value = numerator; denominator null
 * - percent:    value = 100 × numerator / denominator
 * - ratio:      value = numerator / denominator (caseloads, means such as days or weeks)
 * - per-month:  value = numerator / calendar months in the period; denominator = months
 * - population: value = numerator / population × `population.per`; denominator = population (council only)
 */
export type Aggregate = 'count' | 'percent' | 'ratio' | 'per-month' | 'population';

export type LevelKind = 'council' | 'locality' | 'team' | 'worker';
export const LEVEL_KINDS: readonly LevelKind[] = ['council', 'locality', 'team', 'worker'];

/** Which allocation places a child row in a team or worker's figures (allocation.kind). */
export type AllocationKind = 'social_worker' | 'iro' | 'personal_adviser' | 'family_worker' | 'yj_officer';

/** ONS mid-year estimate used for rates (council_population). */
export interface PopulationBasis {
  ages: '0-17' | '10-17';
  /** Multiplier: 10000 for per 10k, 100000 for per 100k, 100 for % of population. */
  per: number;
}

/** A parameter of a local variant. Values are strings so the CLI, API and stored targets agree. */
export interface ParamSpec {
  description: string;
  default: string;
  /** Allowed values; absent when `integer` bounds are given instead. */
  choices?: readonly string[];
  integer?: readonly [min: number, max: number];
}

export type ParamValues = Readonly<Record<string, string>>;

export interface CategorySpec {
  code: string;
  label: string;
}

interface DefinitionBase {
  /** Catalogue id (docs/INDICATORS.md); part of the product interface, never renamed. */
  id: string;
  title: string;
  /** Catalogue section, e.g. 'Child protection'. */
  family: string;
  unit: Unit;
  polarity: Polarity;
  kind: IndicatorKind;
  /** The statutory or DfE definition encoded, in words, with its source. */
  definition: string;
  params?: Readonly<Record<string, ParamSpec>>;
  /** Levels the measure means something at; default all. Others give value null with a note. */
  levels?: readonly LevelKind[];
}

/** An indicator computed from case records by SQL. */
export interface RecordIndicator extends DefinitionBase {
  source: 'records';
  aggregate: Aggregate;
  /** Population for the 'population' aggregate, or an extra `rate` on count results at council level. */
  population?: PopulationBasis;
  /** Count distinct subject_id instead of summing row values (children with several episodes). */
  distinct?: boolean;
  /** Allocation kind that places child rows at team, locality and worker level (default social_worker). */
  allocation?: AllocationKind;
  /** Known categories in display order, for breakdowns (cpp-by-category, audit grades, ...). */
  categories?: readonly CategorySpec[];
  rows(ctx: RowsContext, params: ParamValues): string;
  /** A local variant that changes how rows aggregate (a count becoming a percentage, say). */
  adapt?(
    params: ParamValues,
  ): Partial<Pick<RecordIndicator, 'aggregate' | 'unit' | 'polarity' | 'distinct' | 'categories' | 'population'>>;
}

/**
 * A measure entered per period into measure_value (surveys, inspection grades, figures from other
 * systems). Values whose period lies inside the requested window are combined: numerators and
 * denominators summed when every row has them, values summed for counts, otherwise the latest value.
 * Snapshot manual measures take the latest value whose period starts on or before the reference date.
 */
export interface ManualIndicator extends DefinitionBase {
  source: 'manual';
  aggregate: 'count' | 'percent' | 'ratio' | 'latest';
}

export type IndicatorDefinition = RecordIndicator | ManualIndicator;

/** Columns every `rows` query returns, in this order (ctx.columns fills defaults). */
export const ROW_COLUMNS = [
  'at',
  'subject_type',
  'subject_id',
  'record_id',
  'level_date',
  'team_id',
  'worker_id',
  'in_numerator',
  'in_denominator',
  'excluded_reason',
  'num_value',
  'den_value',
  'category',
  'detail',
] as const;

/** SQL expressions for one row; strings are SQL, not values. */
export interface RowColumns {
  /** Window key; default 'w.at'. */
  at?: string;
  /** 'child' (default), 'worker', 'team', 'family', 'complaint', ... as a SQL expression. */
  subjectType?: string;
  subject: string;
  /** The record counted (referral id, plan id ...); default NULL. */
  record?: string;
  /** Date whose allocation places a child row at team/worker level: the event date, or w.at for snapshots. */
  levelDate: string;
  /** Explicit team/worker (worker and team rows, audits); when either is set no allocation is looked up. */
  team?: string;
  worker?: string;
  numerator: string;
  /** Default 'true'. */
  denominator?: string;
  /** Why the row is left out of the denominator (shown in drill-down); default NULL. */
  excluded?: string;
  /** Default 1. */
  numValue?: string;
  /** Default 1. */
  denValue?: string;
  category?: string;
  /** Short human note for drill-down (dates, durations). */
  detail?: string;
}

/** What a definition's `rows` receives: placeholders and SQL helpers for one query. */
export interface RowsContext {
  /** Placeholder of the council code ($1). */
  readonly la: string;
  /**
   * Placeholders (date) of the earliest reference date and the earliest window start in the request. A
   * definition that joins spans to windows can add "end IS NULL OR end >= earliestFrom" so that an index
   * on the end date skips the spans that ended before any window (openAt at w.at does this itself).
   */
  readonly earliestAt: string;
  readonly earliestFrom: string;
  /** Adds a bound parameter and returns its placeholder, cast as given (e.g. param('56', 'numeric')). */
  param(value: unknown, cast?: string): string;
  /** workingDaysBetween(start, end) as SQL (src/calendar/working-days.ts: start is day 0). */
  workingDays(startDate: string, endDate: string): string;
  /**
   * "Within N working days" as a SQL condition (withinWorkingDays in src/calendar/working-days.ts): the
   * event is on or before the N-th working day after the start, so a deadline counts to its last working
   * day and an event on a weekend or bank holiday after it is late.
   */
  withinWorkingDays(startDate: string, endDate: string, n: number): string;
  /**
   * Open at the end of `day`: start <= day AND (end IS NULL OR end > day). A span ending on the day is
   * closed at it, as DfE counts "at 31 March" (an episode closed on 31 March is not open at 31 March).
   */
  openAt(start: string, end: string, day: string): string;
  /** `date` falls in the window: date BETWEEN w.period_from AND w.period_to (period_to is already cut at w.at). */
  inPeriod(date: string): string;
  /** The SELECT list of ROW_COLUMNS. */
  columns(row: RowColumns): string;
}
