/**
 * Placement stability (DfE la_cla_placement_stability; former NI 62 and NI 63). A placement is a row of
 * `placement`: a change of placement (903 RNE P, T, B or U) starts one, a change of legal status alone
 * (RNE L) does not. Moves into a foster-to-adopt or concurrent placement (U2, U5) count like any other
 * move, as in the DfE methodology from 2021.
 */
import type { RecordIndicator } from '../definition.ts';
import { ADOPTION_PLACEMENTS, SHORT_BREAK_STATUSES, joinEpisodeOpenAt, shiftDate } from './care-sql.ts';

const FAMILY = 'Children in care';

/**
 * DfE short-term stability: CLA at 31 March with 3 or more placements during the year / CLA at 31 March.
 * "During the year" = the 12 months ending on the reference date, (date - 1 year, date]; a placement
 * counts when it covered at least one day of it (so one the child left on the window's first day does
 * not). Placements in short-break-only periods are ignored.
 */
export const placementStabilityShort: RecordIndicator = {
  id: 'placement-stability-short',
  title: 'Children with 3 or more placements in the last 12 months',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'snapshot',
  definition:
    'CLA at the reference date with 3 or more placements in the 12 months to it (changes of placement, not ' +
    'legal-status-only episodes; U2/U5 moves count) / CLA at the reference date (DfE placement stability table).',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 'e.child_id',
    record: 'e.id',
    levelDate: 'w.at',
    numerator: 'pl.placements >= 3',
    detail: `pl.placements || ' placement(s) in the 12 months'`,
  })}
  FROM w
  ${joinEpisodeOpenAt(ctx, 'w.at')}
  CROSS JOIN LATERAL (
    SELECT count(*) AS placements
      FROM placement p
      JOIN care_period pc ON pc.la_code = p.la_code AND pc.id = p.care_period_id
     WHERE p.la_code = ${ctx.la} AND p.child_id = e.child_id AND NOT pc.short_breaks_only
       AND p.start_date <= w.at
       AND (p.end_date IS NULL OR p.end_date > ${shiftDate('w.at', '-1 year')} + 1)
  ) pl`,
};

/**
 * DfE long-term stability (data guidance footnotes 2-3; former NI 63): children under 16 at the date,
 * looked after continuously for at least 2.5 years (period of care started on or before the date
 * 30 months earlier, e.g. 30 September 2.5 years before 31 March), who have been in the same placement
 * for at least 2 years (placement started on or before the date 2 years earlier) or are placed for
 * adoption (A3-A6) with that and the previous placement together lasting 2 years / children under 16
 * looked after continuously for 2.5 years. Care that began as short breaks (V3/V4) is excluded.
 */
export const placementStabilityLong: RecordIndicator = {
  id: 'placement-stability-long',
  title: 'Long-term placement stability',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  definition:
    'Children under 16 looked after continuously 2.5 years or more at the reference date, in the same placement for ' +
    '2 years or more (or placed for adoption, with that and the previous placement together 2 years or more) / ' +
    'children under 16 looked after 2.5 years or more (DfE placement stability table).',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 'e.child_id',
    record: 'e.id',
    levelDate: 'w.at',
    numerator: `(p.start_date <= ${shiftDate('w.at', '-2 years')}
      OR (p.placement_type IN ${ADOPTION_PLACEMENTS} AND prev.start_date <= ${shiftDate('w.at', '-2 years')}))`,
    detail: `'in care since ' || cp.start_date || ', placement since ' || p.start_date || coalesce(', previous placement since ' || prev.start_date, '')`,
  })}
  FROM w
  ${joinEpisodeOpenAt(ctx, 'w.at')}
  -- Each open episode's period, placement and child by key (LIMIT 1 keeps every look-up a nested loop on
  -- the key). As plain joins, a store never analysed after an import (estimates of one row everywhere)
  -- got a plan joining every child to every period and placement before matching them to episodes: the
  -- drill-down of a 400-child return ran for more than 300 s.
  CROSS JOIN LATERAL (
    SELECT c.id, c.start_date FROM care_period c WHERE c.la_code = e.la_code AND c.id = e.care_period_id LIMIT 1
  ) cp
  CROSS JOIN LATERAL (
    SELECT pl.la_code, pl.care_period_id, pl.start_date, pl.placement_type FROM placement pl
     WHERE pl.la_code = e.la_code AND pl.id = e.placement_id LIMIT 1
  ) p
  CROSS JOIN LATERAL (
    SELECT c.date_of_birth FROM child c WHERE c.la_code = e.la_code AND c.id = e.child_id LIMIT 1
  ) ch
  LEFT JOIN LATERAL (
    SELECT pp.start_date FROM placement pp
     WHERE pp.la_code = p.la_code AND pp.care_period_id = p.care_period_id AND pp.start_date < p.start_date
     ORDER BY pp.start_date DESC LIMIT 1
  ) prev ON true
  WHERE ${shiftDate('ch.date_of_birth', '16 years')} > w.at
    AND cp.start_date <= ${shiftDate('w.at', '-30 months')}
    AND NOT EXISTS (SELECT 1 FROM cla_episode fe
       WHERE fe.la_code = e.la_code AND fe.care_period_id = cp.id AND fe.start_date = cp.start_date
         AND fe.legal_status IN ${SHORT_BREAK_STATUSES})`,
};
