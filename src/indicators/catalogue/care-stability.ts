/**
 * Placement stability (DfE la_cla_placement_stability; former NI 62 and NI 63). A placement is a row of
 * `placement`: a change of placement (903 RNE P, T, B or U) starts one, a change of legal status alone
 * (RNE L) does not. Moves into a foster-to-adopt or concurrent placement (U2, U5) count like any other
 * move, as in the DfE methodology from 2021.
 */
import type { RecordIndicator } from '../definition.ts';
import { ADOPTION_PLACEMENTS, fullCare, joinEpisodeOpenAt, periodOfEpisode, shiftDate } from './care-sql.ts';

const FAMILY = 'Children in care';

/**
 * DfE short-term stability: CLA at 31 March with 3 or more placements during the year / CLA at 31 March.
 * "During the year" = the 12 months ending on the reference date, (date - 1 year, date]; a placement
 * counts when it covered at least one day of it (so one the child left on the window's first day does
 * not). Short breaks are removed first (care-sql.ts): a placement counts when a full-care episode in it
 * covered a day of the 12 months, so short-break placements before, between or after full care add none.
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
    // History horizon (child.history_from): placements before it are unknown; the count is of those held,
    // which can only be too low, never mark a child as moved more than they were, and the detail says so.
    detail: `pl.placements || ' placement(s) in the 12 months'
      || CASE WHEN hz.history_from > ${shiftDate('w.at', '-1 year')} + 1
              THEN '; history held from ' || hz.history_from || ': placements before it unknown' ELSE '' END`,
  })}
  FROM w
  ${joinEpisodeOpenAt(ctx, 'w.at')}
  CROSS JOIN LATERAL (SELECT c.history_from FROM child c WHERE c.la_code = e.la_code AND c.id = e.child_id LIMIT 1) hz
  CROSS JOIN LATERAL (
    SELECT count(DISTINCT fe.placement_id) AS placements
      FROM cla_episode fe
     WHERE fe.la_code = e.la_code AND fe.child_id = e.child_id AND ${fullCare('fe')}
       AND fe.start_date <= w.at
       AND (fe.end_date IS NULL OR fe.end_date > ${shiftDate('w.at', '-1 year')} + 1)
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
  -- The period of care with short breaks removed (care-sql.ts), and the placement's own start within it:
  -- the first full-care day in the placement (a placement that began as a short break and continued as
  -- full care with RNE L counts from the day full care began).
  ${periodOfEpisode('e', 'cp')}
  CROSS JOIN LATERAL (
    SELECT min(x.start_date) AS start_date, e.placement_type FROM cla_episode x
     WHERE x.la_code = e.la_code AND x.child_id = e.child_id AND x.placement_id = e.placement_id
       AND ${fullCare('x')} AND x.start_date >= cp.start_date
  ) p
  -- Child by key (LIMIT 1 keeps the look-up a nested loop on the key: as a plain join, a store never
  -- analysed after an import got a plan joining every child to every episode first, >300 s).
  CROSS JOIN LATERAL (
    SELECT c.date_of_birth FROM child c WHERE c.la_code = e.la_code AND c.id = e.child_id LIMIT 1
  ) ch
  LEFT JOIN LATERAL (
    SELECT min(y.start_date) AS start_date FROM cla_episode y
     WHERE y.la_code = e.la_code AND y.child_id = e.child_id AND ${fullCare('y')} AND y.start_date >= cp.start_date
       AND y.placement_id = (SELECT z.placement_id FROM cla_episode z
          WHERE z.la_code = e.la_code AND z.child_id = e.child_id AND ${fullCare('z')}
            AND z.start_date >= cp.start_date AND z.start_date < p.start_date
          ORDER BY z.start_date DESC LIMIT 1)
  ) prev ON true
  WHERE ${shiftDate('ch.date_of_birth', '16 years')} > w.at
    AND cp.start_date <= ${shiftDate('w.at', '-30 months')}
    -- DfE footnote 2: "exclude children who started a period of care under an agreed series of short-term
    -- placements which later became continuous": full care that began the day a short break ended X1.
    AND NOT EXISTS (SELECT 1 FROM cla_episode sb
       WHERE sb.la_code = e.la_code AND sb.child_id = e.child_id AND sb.end_date = cp.start_date
         AND sb.reason_ceased = 'X1' AND NOT ${fullCare('sb')})`,
};
