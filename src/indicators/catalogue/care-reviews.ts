/**
 * Looked-after reviews in time. Care Planning, Placement and Case Review (England) Regulations 2010,
 * reg. 33: the first review within 20 working days of the date the child became looked after, the second
 * within 3 months of the first, later ones at most 6 months apart (former NI 66; no current DfE measure).
 * Working days follow src/calendar/working-days.ts: the start date is day 0 and "within 20 WD" means on
 * or before the 20th working day after it (withinWorkingDays: a review on a weekend or bank holiday
 * after that day is late).
 *
 * History horizon (child.history_from, migration 20261205_01): reviews before it are unknown to the
 * store, not missing. When the period of care began before the horizon, the reviews held are judged on
 * what is known: which review is the first or second is unknown, so each is allowed the longest gap
 * (6 months) from the one before it, and the first held from the horizon itself (a child is late only if
 * no review was held within 6 months after the horizon, late whatever came before it). The detail says so.
 */
import type { RecordIndicator } from '../definition.ts';
import { joinEpisodeOpenAt, periodOfEpisode } from './care-sql.ts';

/**
 * Children looked after at the date whose every review in the current period of care so far was in
 * time and whose next review is not yet overdue / children looked after at the date. A child not yet
 * due a first review counts as in time.
 */
export const claReviewsInTime: RecordIndicator = {
  id: 'cla-reviews-in-time',
  title: 'Looked after children reviewed within timescales',
  family: 'Children in care',
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  definition:
    'Children looked after at the reference date whose reviews were all in time (first within 20 WD of becoming ' +
    'looked after, second within 3 months of the first, then at most 6 months apart; none overdue at the date) / ' +
    'those children (CPPCR Regulations 2010, reg. 33). Reviews before the history the store holds for a child ' +
    '(child.history_from) are unknown, never late: the reviews held are judged against the 6-month gap from the horizon on.',
  source: 'records',
  aggregate: 'percent',
  allocation: 'social_worker',
  rows: (ctx) => {
    const firstDue = (review: string) => ctx.withinWorkingDays('cp.start_date', review, 20);
    // The day before the horizon: the latest an unknown earlier review can have been held.
    const horizonEve = '(ch.history_from - 1)';
    const cut = 'coalesce(ch.history_from > cp.start_date, false)';
    return `SELECT ${ctx.columns({
      subject: 'e.child_id',
      record: 'cp.id',
      levelDate: 'w.at',
      numerator: `coalesce(rv.all_in_time, true) AND CASE
        WHEN ${cut} THEN w.at <= (coalesce(rv.last_review, ${horizonEve}) + interval '6 months')::date
        WHEN rv.reviews = 0 THEN ${firstDue('w.at')}
        WHEN rv.reviews = 1 THEN w.at <= (rv.last_review + interval '3 months')::date
        ELSE w.at <= (rv.last_review + interval '6 months')::date END`,
      detail: `'looked after since ' || cp.start_date || '; ' || rv.reviews || ' review(s)' || coalesce(', last ' || rv.last_review, '')
        || CASE WHEN ${cut} THEN '; history held from ' || ch.history_from || ': earlier reviews unknown, judged on those since' ELSE '' END`,
    })}
  FROM w
  ${joinEpisodeOpenAt(ctx, 'w.at')}
  ${periodOfEpisode('e', 'cp')}
  CROSS JOIN LATERAL (SELECT c.history_from FROM child c WHERE c.la_code = e.la_code AND c.id = e.child_id LIMIT 1) ch
  CROSS JOIN LATERAL (
    SELECT count(*) AS reviews, max(r.review_date) AS last_review,
           bool_and(CASE WHEN ${cut} THEN r.review_date <= (coalesce(r.previous, ${horizonEve}) + interval '6 months')::date
                         WHEN r.previous IS NULL THEN ${firstDue('r.review_date')}
                         WHEN r.n = 2 THEN r.review_date <= (r.previous + interval '3 months')::date
                         ELSE r.review_date <= (r.previous + interval '6 months')::date END) AS all_in_time
      FROM (SELECT lr.review_date,
                   row_number() OVER (ORDER BY lr.review_date) AS n,
                   lag(lr.review_date) OVER (ORDER BY lr.review_date) AS previous
              FROM cla_review lr
             WHERE lr.la_code = ${ctx.la} AND lr.child_id = e.child_id
               AND lr.review_date >= cp.start_date AND lr.review_date <= w.at
               AND (ch.history_from IS NULL OR lr.review_date >= ch.history_from)) r
  ) rv`;
  },
};
