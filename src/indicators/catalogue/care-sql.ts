/**
 * SQL fragments shared by the children-in-care, adoption and care-leaver definitions. Each returns SQL
 * text to splice into a definition's `rows` query (which runs over the window table `w`).
 *
 * Looked after on a day (903 convention, and the engine's openAt): an episode covers the days from its
 * DECOM up to the day before its DEC, so a child whose care ended on 31 March is not looked after on
 * 31 March, and a child whose episode ended X1 that day is in the next episode. Children looked after
 * only under an agreed series of short breaks (legal status V3 or V4) are not "CLA": DfE national
 * statistics exclude them (RETURNS.md appendix; docs/INDICATORS.md conventions).
 */
import type { RowsContext } from '../definition.ts';

export const SHORT_BREAK_STATUSES = "('V3', 'V4')";
export const FOSTER_PLACEMENTS = "('U1', 'U2', 'U3', 'U4', 'U5', 'U6')";
export const ADOPTION_PLACEMENTS = "('A3', 'A4', 'A5', 'A6')";
/** Residential placements (903 PLACE): secure and other children's homes, residential care homes, residential schools. */
export const RESIDENTIAL_PLACEMENTS = "('K1', 'K2', 'R1', 'S1')";

/**
 * Joins `cla_episode <alias>` to the window as the episode a child is in on `day`, excluding V3/V4:
 * one row per child looked after that day.
 */
export function joinEpisodeOpenAt(ctx: RowsContext, day: string, alias = 'e'): string {
  return `JOIN cla_episode ${alias} ON ${alias}.la_code = ${ctx.la} AND ${ctx.openAt(`${alias}.start_date`, `${alias}.end_date`, day)}
   AND ${alias}.legal_status NOT IN ${SHORT_BREAK_STATUSES}`;
}

/**
 * A lateral subquery `alias` of each child's FIRST start of a period of care in the window (DfE counts
 * only the first start in the year), with columns id, child_id, start_date. Periods made only of short
 * breaks are not starts.
 */
export function firstStartsInWindow(ctx: RowsContext, alias = 's'): string {
  return `CROSS JOIN LATERAL (
  SELECT DISTINCT ON (cp.child_id) cp.id, cp.child_id, cp.start_date
    FROM care_period cp
   WHERE cp.la_code = ${ctx.la} AND NOT cp.short_breaks_only
     AND ${ctx.inPeriod('cp.start_date')}
   ORDER BY cp.child_id, cp.start_date
) ${alias}`;
}

/**
 * A lateral subquery `alias` of each child's LAST cessation of care in the window (DfE counts only the
 * last), with columns id, child_id, end_date and reason_ceased (903 REC of the period's final episode).
 */
export function lastCessationsInWindow(ctx: RowsContext, alias = 'c'): string {
  return `CROSS JOIN LATERAL (
  SELECT DISTINCT ON (cp.child_id) cp.id, cp.child_id, cp.end_date,
         (SELECT fe.reason_ceased FROM cla_episode fe
           WHERE fe.la_code = cp.la_code AND fe.care_period_id = cp.id
           ORDER BY fe.start_date DESC LIMIT 1) AS reason_ceased
    FROM care_period cp
   WHERE cp.la_code = ${ctx.la} AND NOT cp.short_breaks_only
     AND ${ctx.inPeriod('cp.end_date')}
   ORDER BY cp.child_id, cp.end_date DESC
) ${alias}`;
}

/** SQL date: `day` moved by a Postgres interval such as '-1 year' (month ends clamp: 31 Mar - 1 month = 28/29 Feb). */
export function shiftDate(day: string, interval: string): string {
  return `((${day})::date + interval '${interval}')::date`;
}

/** The 903 collection year of a date: the year of the 31 March that ends its financial year. */
export function collectionYearSql(day: string): string {
  return `(extract(year FROM ${day})::int + CASE WHEN extract(month FROM ${day}) >= 4 THEN 1 ELSE 0 END)`;
}

/**
 * The 903 OC2 cohort at `day`, as conditions on episode `e` (from joinEpisodeOpenAt) and its period `cp`:
 * looked after continuously for at least 12 months, i.e. the period of care began on or before the day
 * after the date a year earlier (1 April for 31 March, as the DfE validator's "continuously looked
 * after" test: DECOM not after collection_start), and no short-break (V3/V4) episode in those 12 months.
 */
export function oc2CohortSql(ctx: RowsContext, day: string): string {
  const yearStart = `${shiftDate(day, '-1 year')} + 1`;
  return `cp.start_date <= ${yearStart}
    AND NOT EXISTS (SELECT 1 FROM cla_episode se
       WHERE se.la_code = ${ctx.la} AND se.care_period_id = cp.id AND se.legal_status IN ${SHORT_BREAK_STATUSES}
         AND se.start_date <= ${day} AND (se.end_date IS NULL OR se.end_date > ${yearStart}))`;
}
