/**
 * SQL fragments shared by the children-in-care, adoption and care-leaver definitions. Each returns SQL
 * text to splice into a definition's `rows` query (which runs over the window table `w`).
 *
 * Looked after on a day (903 convention, and the engine's openAt): an episode covers the days from its
 * DECOM up to the day before its DEC, so a child whose care ended on 31 March is not looked after on
 * 31 March, and a child whose episode ended X1 that day is in the next episode.
 *
 * Short breaks (one reading, applied to every CLA measure; docs/DEFINITIONS.md "Short breaks"): the DfE's
 * published CLA figures "exclude children looked after under a series of short-term placements" (CLA
 * data guidance, every table's footnote 1; RETURNS.md appendix). Kestrel reads that as: episodes with
 * legal status V3 or V4 are removed FIRST, and periods of care are derived from the episodes that remain
 * (the "full-care" episodes). A period of care is a run of full-care episodes, each starting the day
 * the one before ended with REC X1; it starts at the first and ends at the last one's DEC, with that
 * episode's REC. So a child who moves from short breaks into full care starts to be looked after on the
 * day full care begins; a child who moves from full care onto short breaks ceases that day (REC X1, the
 * cessation recorded later on a short-break episode is not a cessation in these figures); and a run of
 * short-break placements before full care adds no placement and no earlier period. The store's
 * care_period rows (a period as the 903 records it, short breaks included) are not used for this.
 */
import type { RowsContext } from '../definition.ts';

export const SHORT_BREAK_STATUSES = "('V3', 'V4')";

/** Episode `alias` is full care: not a short break (V3/V4). */
export function fullCare(alias: string): string {
  return `${alias}.legal_status NOT IN ${SHORT_BREAK_STATUSES}`;
}

/**
 * Full-care episode `alias` starts a period of care: no other full-care episode of the child ended with
 * REC X1 on the day it began (a short break in between, or a gap, breaks the run).
 */
export function startsPeriodSql(alias: string): string {
  return `NOT EXISTS (SELECT 1 FROM cla_episode pe
     WHERE pe.la_code = ${alias}.la_code AND pe.child_id = ${alias}.child_id AND pe.id <> ${alias}.id
       AND pe.end_date = ${alias}.start_date AND pe.reason_ceased = 'X1' AND ${fullCare('pe')})`;
}

/**
 * Episode `alias`, the first full-care episode the store holds of a run, does not begin care (903 RNE other
 * than S), follows no short break, and is dated before the child's history horizon (child.history_from):
 * the episodes before it are in returns the store does not hold, so the run began earlier, on a date the
 * store does not know. It is not a start.
 */
export function beganBeforeHistorySql(alias: string): string {
  return `(${alias}.reason_new <> 'S'
     AND EXISTS (SELECT 1 FROM child hc WHERE hc.la_code = ${alias}.la_code AND hc.id = ${alias}.child_id
                   AND hc.history_from > ${alias}.start_date)
     AND NOT EXISTS (SELECT 1 FROM cla_episode sb WHERE sb.la_code = ${alias}.la_code AND sb.child_id = ${alias}.child_id
                   AND sb.end_date = ${alias}.start_date AND NOT ${fullCare('sb')}))`;
}

/**
 * Full-care episode `alias` ends a period of care: it has ended, and not with X1 into another full-care
 * episode starting that day (X1 into a short break ends full care).
 */
export function endsPeriodSql(alias: string): string {
  return `${alias}.end_date IS NOT NULL AND (${alias}.reason_ceased <> 'X1' OR NOT EXISTS (SELECT 1 FROM cla_episode ne
     WHERE ne.la_code = ${alias}.la_code AND ne.child_id = ${alias}.child_id AND ne.id <> ${alias}.id
       AND ne.start_date = ${alias}.end_date AND ${fullCare('ne')}))`;
}

/** The start date of the period of care (short breaks removed) that full-care episode `alias` belongs to. */
export function periodStartSql(alias: string): string {
  return `(SELECT max(ps.start_date) FROM cla_episode ps
     WHERE ps.la_code = ${alias}.la_code AND ps.child_id = ${alias}.child_id AND ps.start_date <= ${alias}.start_date
       AND ${fullCare('ps')} AND ${startsPeriodSql('ps')})`;
}

/**
 * A lateral `cp` for full-care episode `alias`: id (the store's care_period, for drill-down) and
 * start_date (the start of its period of care with short breaks removed). OFFSET 0 keeps it worked out
 * once per row: without it the planner pulled the subquery up into every column that names cp.start_date
 * (the 24-month series of cla-reviews-in-time went from 0.26 s to 1.2 s on 20,000 children).
 */
export function periodOfEpisode(alias = 'e', as = 'cp'): string {
  return `CROSS JOIN LATERAL (SELECT ${alias}.care_period_id AS id, ${periodStartSql(alias)} AS start_date OFFSET 0) ${as}`;
}
export const FOSTER_PLACEMENTS = "('U1', 'U2', 'U3', 'U4', 'U5', 'U6')";
export const ADOPTION_PLACEMENTS = "('A3', 'A4', 'A5', 'A6')";
/** Residential placements (903 PLACE): secure and other children's homes, residential care homes, residential schools. */
export const RESIDENTIAL_PLACEMENTS = "('K1', 'K2', 'R1', 'S1')";

/**
 * Joins `cla_episode <alias>` to the window as the full-care episode a child is in on `day`: one row per
 * child looked after that day. A child with two full-care episodes open on the day (overlapping episodes
 * a return should not hold, but an import with findings or a hand entry can) is one child: the episode
 * that started later stands for them, in this and every cohort built on it.
 */
export function joinEpisodeOpenAt(ctx: RowsContext, day: string, alias = 'e'): string {
  return `JOIN cla_episode ${alias} ON ${alias}.la_code = ${ctx.la} AND ${ctx.openAt(`${alias}.start_date`, `${alias}.end_date`, day)}
   AND ${fullCare(alias)}
   AND NOT EXISTS (SELECT 1 FROM cla_episode twin
      WHERE twin.la_code = ${alias}.la_code AND twin.child_id = ${alias}.child_id AND twin.start_date > ${alias}.start_date
        AND ${ctx.openAt('twin.start_date', 'twin.end_date', day)} AND ${fullCare('twin')})`;
}

/**
 * A lateral subquery `alias` of each child's FIRST start of a period of care in the window (DfE counts
 * only the first start in the year), with columns id (the episode that starts it), child_id, start_date.
 * Short-break episodes are removed first: the start is the first full-care episode of a run.
 */
export function firstStartsInWindow(ctx: RowsContext, alias = 's'): string {
  return `CROSS JOIN LATERAL (
  SELECT DISTINCT ON (se.child_id) se.id, se.child_id, se.start_date
    FROM cla_episode se
   WHERE se.la_code = ${ctx.la} AND ${fullCare('se')} AND ${ctx.inPeriod('se.start_date')}
     AND ${startsPeriodSql('se')} AND NOT ${beganBeforeHistorySql('se')}
   ORDER BY se.child_id, se.start_date
) ${alias}`;
}

/**
 * A lateral subquery `alias` of each child's LAST cessation of care in the window (DfE counts only the
 * last), with columns id (the episode that ends it), child_id, end_date and reason_ceased (903 REC of
 * that last full-care episode: X1 when the child went on to short breaks only).
 */
export function lastCessationsInWindow(ctx: RowsContext, alias = 'c'): string {
  return `CROSS JOIN LATERAL (
  SELECT DISTINCT ON (ce.child_id) ce.id, ce.child_id, ce.end_date, ce.reason_ceased
    FROM cla_episode ce
   WHERE ce.la_code = ${ctx.la} AND ${fullCare('ce')} AND ${ctx.inPeriod('ce.end_date')}
     AND ${endsPeriodSql('ce')}
   ORDER BY ce.child_id, ce.end_date DESC
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
 * The 903 OC2 cohort at `day`, as a condition on the period `cp` (from periodOfEpisode) of the episode
 * open at the day: looked after continuously for at least 12 months, i.e. the period of care began on or
 * before the day after the date a year earlier (1 April for 31 March, as the DfE validator's
 * "continuously looked after" test: DECOM not after collection_start). Short breaks are removed before
 * periods are derived, so a short break in those 12 months broke the period and it began after it.
 */
export function oc2CohortSql(day: string): string {
  return `cp.start_date <= ${shiftDate(day, '-1 year')} + 1`;
}
