/**
 * Clock rules compiled to one SQL statement, set-based over every open case of a council at a date.
 *
 * Working days: the working days of 2000-2045 (src/calendar/working-days.ts) are one sorted date[]
 * parameter. width_bucket(d, wd) is the number of working days on or before d (a binary search), so
 * addWorkingDays(start, n) is wd[width_bucket(start, wd) + n] and workingDaysBetween(a, b) is
 * width_bucket(b, wd) - width_bucket(a, wd): the convention of the calendar module and of the indicators
 * (start is day 0; a clock of N working days is late only when more than N working days have passed,
 * so a Saturday after the due Friday is not late).
 */
import { dayNumber, fromDayNumber } from '../../calendar/dates.ts';
import { isWorkingDay } from '../../calendar/working-days.ts';
import type { ClockRule, Filter, OnceRule, RecurringRule, Step } from './rules.ts';

/** Bound parameters of one statement; $1 is the council, $2 the date. */
export class ClockParams {
  readonly values: unknown[];
  constructor(laCode: string, at: string) {
    this.values = [laCode, at];
  }
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

const AT = '$2::date';
const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2045-12-31';
let workingDayList: string[] | undefined;

/** Every working day of 2000-2045, in order. */
export function workingDayCalendar(): string[] {
  if (!workingDayList) {
    const list: string[] = [];
    for (let day = dayNumber(FIRST_DAY); day <= dayNumber(LAST_DAY); day++) {
      const iso = fromDayNumber(day);
      if (isWorkingDay(iso)) list.push(iso);
    }
    workingDayList = list;
  }
  return workingDayList;
}

interface Compiled {
  /** CTEs this rule needs before its select (recurring rules). */
  ctes: string[];
  /** SELECT of clock_id, child_id, record_id, started, due, met, due_in_wd, soon_wd, soon_days, alloc_kind. */
  select: string;
}

/** The due date `steps` after `date`, and whether its last step counts working days. */
function dueSql(date: string, steps: readonly Step[], wd: string): { due: string; inWorkingDays: boolean } {
  let expr = date;
  for (const s of steps) {
    if ('working_days' in s) expr = `(${wd})[width_bucket(${expr}, ${wd}) + ${s.working_days}]`;
    else if ('days' in s) expr = `(${expr} + ${s.days})`;
    else if ('weeks' in s) expr = `(${expr} + ${7 * s.weeks})`;
    else expr = `(${expr} + interval '${s.months} months')::date`;
  }
  const last = steps[steps.length - 1]!;
  return { due: expr, inWorkingDays: 'working_days' in last };
}

function filtersSql(alias: string, where: readonly Filter[] | undefined, params: ClockParams): string {
  return (where ?? []).map((f) => ` AND ${alias}.${f.column} = ${params.add(f.equals)}`).join('');
}

function tailColumns(rule: ClockRule, params: ClockParams): string {
  const soon = rule.dueSoon;
  const soonWd = 'working_days' in soon ? String(soon.working_days) : 'NULL';
  const soonDays = 'days' in soon ? String(soon.days) : 'NULL';
  return `${soonWd}::int AS soon_wd, ${soonDays}::int AS soon_days, ${params.add(rule.allocation ?? 'social_worker')}::text AS alloc_kind`;
}

/** The first non-empty met date on or before the date, of the start row itself. */
function sameRowMet(columns: readonly string[]): string {
  return `coalesce(${columns.map((c) => `CASE WHEN s.${c} <= ${AT} THEN s.${c} END`).join(', ')})`;
}

function compileOnce(rule: OnceRule, params: ClockParams, wd: string, scope: string): Compiled {
  const date = `s.${rule.start.date}`;
  const { due, inWorkingDays } = dueSql(date, rule.due, wd);
  let met: string;
  if (!rule.met.table) met = sameRowMet(rule.met.date);
  else {
    const metDate = `coalesce(${rule.met.date.map((c) => `x.${c}`).join(', ')})`;
    const link = rule.met.on === 'child' ? 'x.child_id = s.child_id' : `x.${rule.met.on} = s.id`;
    met = `(SELECT min(${metDate}) FROM ${rule.met.table} x
             WHERE x.la_code = s.la_code AND ${link} AND ${metDate} >= ${date} AND ${metDate} <= ${AT}${filtersSql('x', rule.met.where, params)})`;
  }
  let openJoin = '';
  let openWhere = '';
  if (rule.open?.table) {
    openJoin = `JOIN ${rule.open.table} o ON o.la_code = s.la_code AND o.id = s.${rule.open.on}`;
    openWhere = ` AND (o.${rule.open.end} IS NULL OR o.${rule.open.end} > ${AT})`;
  } else if (rule.open) {
    openWhere = ` AND (s.${rule.open.end} IS NULL OR s.${rule.open.end} > ${AT})`;
  }
  const select = `SELECT ${params.add(rule.id)}::text AS clock_id, s.child_id, s.id::text AS record_id, ${date} AS started,
       ${due} AS due, ${met} AS met, ${inWorkingDays} AS due_in_wd, ${tailColumns(rule, params)}
  FROM ${rule.start.table} s
  JOIN open_case oc ON oc.child_id = s.child_id AND ${date} >= oc.since
  ${openJoin}
 WHERE s.la_code = $1 AND ${date} <= ${AT}${inScope('s', scope)}${filtersSql('s', rule.start.where, params)}${openWhere}`;
  return { ctes: [], select };
}

/** CASE over the clock's position in its span: the n-th interval, the last repeating, `later` after a while. */
function recurringDueSql(rule: RecurringRule, wd: string): { due: string; inWd: string } {
  const branches = rule.intervals.map((steps) => dueSql('c.started', steps, wd));
  const byIndex = (pick: (b: { due: string; inWorkingDays: boolean }) => string) => {
    if (branches.length === 1) return pick(branches[0]!);
    const whens = branches.slice(0, -1).map((b, i) => `WHEN c.idx = ${i} THEN ${pick(b)}`);
    return `CASE ${whens.join(' ')} ELSE ${pick(branches[branches.length - 1]!)} END`;
  };
  let due = byIndex((b) => b.due);
  let inWd = byIndex((b) => String(b.inWorkingDays));
  if (rule.later) {
    const after = dueSql('c.span_start', rule.later.after, wd).due;
    const later = dueSql('c.started', rule.later.interval, wd);
    due = `CASE WHEN c.idx > 0 AND c.started >= ${after} THEN ${later.due} ELSE ${due} END`;
    inWd = `CASE WHEN c.idx > 0 AND c.started >= ${after} THEN ${later.inWorkingDays} ELSE ${inWd} END`;
  }
  return { due, inWd };
}

function compileRecurring(
  rule: RecurringRule,
  params: ClockParams,
  wd: string,
  name: string,
  history: boolean,
  scope: string,
): Compiled {
  const key = rule.span.key ?? 'id';
  const span = `${name}_span AS (
  SELECT sp.child_id, sp.${key} AS span_key, sp.${key}::text AS span_id, sp.${rule.span.start} AS span_start
    FROM ${rule.span.table} sp
    JOIN open_case oc ON oc.child_id = sp.child_id
   WHERE sp.la_code = $1 AND sp.${rule.span.start} <= ${AT}
     AND (sp.${rule.span.end} IS NULL OR sp.${rule.span.end} > ${AT})${inScope('sp', scope)}${filtersSql('sp', rule.span.where, params)}
)`;
  const link = rule.events.on === 'child' ? 'x.child_id = sp.child_id' : `x.${rule.events.on} = sp.span_key`;
  const ev = `${name}_ev AS (
  SELECT e.*, row_number() OVER w AS n, lag(e.ev) OVER w AS prev, lead(e.ev) OVER w IS NULL AS last
    FROM (SELECT DISTINCT sp.span_id, sp.child_id, sp.span_start, x.${rule.events.date} AS ev
            FROM ${name}_span sp
            JOIN ${rule.events.table} x ON x.la_code = $1 AND ${link}
           WHERE x.${rule.events.date} >= sp.span_start AND x.${rule.events.date} <= ${AT}${filtersSql('x', rule.events.where, params)}) e
  WINDOW w AS (PARTITION BY e.span_id ORDER BY e.ev)
)`;
  // Each event meets the clock that ran before it; the running clock starts at the last event.
  const clocks = `${name}_c AS (
  SELECT child_id, span_id, span_start, coalesce(prev, span_start) AS started, (n - 1)::int AS idx, ev AS met
    FROM ${name}_ev ${history ? '' : 'WHERE last'}
  UNION ALL
  SELECT sp.child_id, sp.span_id, sp.span_start, coalesce(l.ev, sp.span_start), coalesce(l.n, 0)::int, NULL::date
    FROM ${name}_span sp LEFT JOIN ${name}_ev l ON l.span_id = sp.span_id AND l.last
)`;
  const { due, inWd } = recurringDueSql(rule, wd);
  const select = `SELECT ${params.add(rule.id)}::text AS clock_id, c.child_id, c.span_id AS record_id, c.started,
       ${due} AS due, c.met, ${inWd} AS due_in_wd, ${tailColumns(rule, params)}
  FROM ${name}_c c`;
  return { ctes: [span, ev, clocks], select };
}

/**
 * Children with an open case at the date: an open referral (episode of need), period of care or care
 * leaver service; `since` is when the earliest of those began, so clocks of an earlier case are left out.
 */
function openCaseSql(scope: string): string {
  return `open_case AS (
  SELECT child_id, min(since) AS since FROM (
    SELECT child_id, referral_date AS since FROM referral
     WHERE la_code = $1 AND referral_date <= ${AT} AND (closure_date IS NULL OR closure_date > ${AT})${inScope('referral', scope)}
    UNION ALL
    SELECT child_id, start_date FROM care_period
     WHERE la_code = $1 AND start_date <= ${AT} AND (end_date IS NULL OR end_date > ${AT})${inScope('care_period', scope)}
    UNION ALL
    SELECT child_id, eligible_from FROM care_leaver
     WHERE la_code = $1 AND eligible_from <= ${AT} AND (services_ended IS NULL OR services_ended > ${AT})${inScope('care_leaver', scope)}
  ) spans GROUP BY child_id
)`;
}

/** The condition keeping a table's rows to the children in scope (none when the request is council-wide). */
function inScope(alias: string, scope: string): string {
  return scope ? ` AND ${alias}.child_id = ANY(${scope})` : '';
}

/** The allocations current at the date (start on or before it, end on or after it). */
function current(a: string): string {
  return `${a}.la_code = $1 AND ${a}.start_date <= ${AT} AND (${a}.end_date IS NULL OR ${a}.end_date >= ${AT})`;
}

/**
 * Who holds each child at the date, per allocation kind: the latest allocation current on the date. Read
 * apart from the clocks and joined in memory: in one statement the planner, expecting a handful of clocks
 * from each rule, paired every clock with every allocation (a nested loop of 500 x 2,000 rows per rule).
 * With `childIds`, only those children's (so a child's page reads one child's allocations).
 */
export function allocationsSql(
  laCode: string,
  at: string,
  childIds?: readonly string[],
): { sql: string; values: unknown[] } {
  return {
    values: childIds ? [laCode, at, [...childIds]] : [laCode, at],
    sql: `SELECT DISTINCT ON (a.child_id, a.kind) a.child_id, a.kind, a.team_id, a.worker_id
    FROM allocation a
   WHERE ${current('a')}${childIds ? ' AND a.child_id = ANY($3::text[])' : ''}
   ORDER BY a.child_id, a.kind, a.start_date DESC, a.id DESC`,
  };
}

export interface ClockQueryOptions {
  /** Every met clock of a recurring rule's span, not only the last (for audits and agreement checks). */
  history?: boolean;
  /** Only these children (a child's page, a worker's caseload); every open case when absent. */
  childIds?: readonly string[];
  /**
   * Only the clocks held at the date by one of these workers: the latest current allocation of the rule's
   * kind (social worker unless the rule says), as Clock.workerId reports it (a caseload, a team's workers).
   */
  workerIds?: readonly string[];
  /** Only the clocks held at the date by one of these teams, as Clock.teamId reports it (`drift --level team:ID`). */
  teamIds?: readonly string[];
}

/** Whether the request asks for part of the council only (so the allocations read can be narrowed too). */
export function isFiltered(options: ClockQueryOptions): boolean {
  return Boolean(options.childIds || options.workerIds || options.teamIds);
}

interface Scope {
  /** CTEs the scope needs first. */
  ctes: string[];
  /** An array expression of the children in scope, or '' for the whole council. */
  children: string;
  /** A condition on the final clock `c` (its holder), or '' for none. */
  holder: string;
}

/**
 * The children a filtered request reads, worked out first so that every rule's scan starts from them
 * (an index look-up per child) instead of the council's open cases. A worker or team filter keeps the
 * children with a current allocation to it, then each clock whose holder (the latest current allocation
 * of the rule's kind) is that worker or team: the same clocks as the council's list filtered by
 * Clock.workerId or Clock.teamId.
 */
function scopeSql(options: ClockQueryOptions, params: ClockParams): Scope {
  const only = options.childIds ? params.add([...options.childIds], 'text[]') : '';
  if (!options.workerIds && !options.teamIds) return { ctes: [], children: only, holder: '' };
  const workers = options.workerIds ? params.add([...options.workerIds], 'text[]') : '';
  const teams = options.teamIds ? params.add([...options.teamIds], 'text[]') : '';
  const match = (a: string) =>
    [workers && `${a}.worker_id = ANY(${workers})`, teams && `${a}.team_id = ANY(${teams})`]
      .filter(Boolean)
      .join(' AND ');
  const held = `held AS MATERIALIZED (
  SELECT DISTINCT ON (a.child_id, a.kind) a.child_id, a.kind, a.team_id, a.worker_id
    FROM allocation a
   WHERE ${current('a')}
     AND a.child_id = ANY((SELECT array_agg(DISTINCT b.child_id) FROM allocation b
                            WHERE ${current('b')} AND ${match('b')}${inScope('b', only)})::text[])
   ORDER BY a.child_id, a.kind, a.start_date DESC, a.id DESC
)`;
  const scope = `scope AS MATERIALIZED (SELECT array_agg(DISTINCT h.child_id) AS ids FROM held h WHERE ${match('h')})`;
  return {
    ctes: [held, scope],
    // Cast, so the parser reads an array-valued expression, not `= ANY (subquery)` comparing each row.
    children: '(SELECT ids FROM scope)::text[]',
    holder: `EXISTS (SELECT 1 FROM held h WHERE h.child_id = c.child_id AND h.kind = c.alloc_kind AND ${match('h')})`,
  };
}

/**
 * One statement yielding every clock of `rules` on every open case at the date (or those of the
 * children, workers or teams asked for): its dates, status (met, met late, overdue, due soon, on time),
 * days over, and the allocation kind that places it. The clocks are materialised once so that the
 * status columns do not re-run each rule's look-ups.
 */
export function clocksSql(
  rules: readonly ClockRule[],
  laCode: string,
  at: string,
  options: ClockQueryOptions = {},
): { sql: string; values: unknown[] } {
  const params = new ClockParams(laCode, at);
  const wd = params.add(workingDayCalendar(), 'date[]');
  const scope = scopeSql(options, params);
  const compiled = rules.map((rule, i) =>
    rule.kind === 'once'
      ? compileOnce(rule, params, wd, scope.children)
      : compileRecurring(rule, params, wd, `r${i}`, options.history ?? false, scope.children),
  );
  const late = (x: string) =>
    `CASE WHEN c.due_in_wd THEN width_bucket(${x}, ${wd}) > width_bucket(c.due, ${wd}) ELSE ${x} > c.due END`;
  const soon = `((c.soon_wd IS NOT NULL AND width_bucket(c.due, ${wd}) - width_bucket(${AT}, ${wd}) <= c.soon_wd)
           OR (c.soon_days IS NOT NULL AND c.due - ${AT} <= c.soon_days))`;
  const sql = `WITH ${[...scope.ctes, openCaseSql(scope.children), ...compiled.flatMap((c) => c.ctes)].join(',\n')},
clocks AS MATERIALIZED (
${compiled.map((c) => c.select).join('\nUNION ALL\n')}
)
SELECT c.clock_id, c.child_id, c.record_id, c.started::text AS started, c.due::text AS due, c.met::text AS met,
       CASE WHEN c.met IS NOT NULL THEN CASE WHEN ${late('c.met')} THEN 'met late' ELSE 'met' END
            WHEN ${late(AT)} THEN 'overdue'
            WHEN ${soon} THEN 'due soon'
            ELSE 'on time' END AS status,
       CASE WHEN c.met IS NOT NULL AND ${late('c.met')} THEN c.met - c.due
            WHEN c.met IS NULL AND ${late(AT)} THEN ${AT} - c.due
            ELSE 0 END AS days_over,
       c.alloc_kind
  FROM clocks c${scope.holder ? `\n WHERE ${scope.holder}` : ''}
 ORDER BY c.clock_id, c.child_id, c.record_id, c.started`;
  return { sql, values: params.values };
}
