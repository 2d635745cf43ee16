/**
 * Adoption and permanence (docs/INDICATORS.md "Adoption and permanence"; DfE adoption scorecard indicators
 * A1, A10 and A2 as RETURNS.md's appendix gives them). Durations are calendar days.
 */
import type { CategorySpec, ParamSpec, RecordIndicator, RowsContext } from '../definition.ts';
import { periodCount, rowsInPeriod } from '../builders.ts';
import {
  ADOPTION_PLACEMENTS,
  SHORT_BREAK_STATUSES,
  endsPeriodSql,
  fullCare,
  periodStartSql,
  shiftDate,
  startsPeriodSql,
} from './care-sql.ts';

const FAMILY = 'Adoption and permanence';

const WINDOW_PARAM: ParamSpec = {
  description: 'the period asked for, or the 3 years ending with it (the national adoption scorecard)',
  default: 'period',
  choices: ['period', '3-years'],
};

/** The start of the counting window: the period's, or 3 years before its end for the scorecard. */
function windowStart(window: string | undefined): string {
  return window === '3-years' ? `${shiftDate('w.period_to', '-3 years')} + 1` : 'w.period_from';
}

/**
 * Children adopted in the window as rows `ad` (id, child_id, care_period_id, adopted_on, placed_date,
 * ffa_placed_date, placement_order_date, match_date): each adoption record with its order in the window,
 * and each child who left care adopted (903 REC E11/E12) in the window with no adoption order on record
 * (the 903 holds the cessation even where the AD1/PlacedAdoption rows are missing). Then `placed`: the
 * date placed for adoption from the record, or else, as the DfE adoption scorecard does, the start of
 * the placement with the adopters (903 PLACE A3-A6) in that period of care (the latest, the one the child
 * was adopted from); `dated_by` says which, so the breakdown counts the children dated each way. And
 * `entered`: the start of the period of care with short breaks removed (care-sql.ts), from its last
 * full-care episode; the store's period start where it holds no episodes.
 */
function adoptedInWindowSql(ctx: RowsContext, window: string | undefined): string {
  const from = windowStart(window);
  return `JOIN LATERAL (
    SELECT a.id, a.child_id, a.care_period_id, a.order_date AS adopted_on, a.placed_date, a.ffa_placed_date,
           a.placement_order_date, a.match_date
      FROM adoption a
     WHERE a.la_code = ${ctx.la} AND a.order_date >= ${from} AND a.order_date <= w.period_to
    UNION ALL
    SELECT fe.id, fe.child_id, fe.care_period_id, fe.end_date, rec.placed_date, rec.ffa_placed_date,
           rec.placement_order_date, rec.match_date
      FROM cla_episode fe
      LEFT JOIN LATERAL (
        SELECT r.placed_date, r.ffa_placed_date, r.placement_order_date, r.match_date FROM adoption r
         WHERE r.la_code = fe.la_code AND r.care_period_id = fe.care_period_id
         ORDER BY r.decision_date DESC LIMIT 1
      ) rec ON true
     WHERE fe.la_code = ${ctx.la} AND fe.reason_ceased IN ('E11', 'E12') AND ${fullCare('fe')}
       AND fe.end_date >= ${from} AND fe.end_date <= w.period_to
       AND NOT EXISTS (SELECT 1 FROM adoption ao
          WHERE ao.la_code = fe.la_code AND ao.child_id = fe.child_id AND ao.order_date IS NOT NULL)
  ) ad ON true
  LEFT JOIN LATERAL (
    SELECT pl.start_date FROM placement pl
     WHERE pl.la_code = ${ctx.la} AND pl.care_period_id = ad.care_period_id AND pl.placement_type IN ${ADOPTION_PLACEMENTS}
     ORDER BY pl.start_date DESC LIMIT 1
  ) adopters ON true
  CROSS JOIN LATERAL (
    SELECT coalesce(ad.placed_date, adopters.start_date) AS placed,
           CASE WHEN ad.placed_date IS NOT NULL THEN 'adoption-record'
                WHEN adopters.start_date IS NOT NULL THEN 'placement-with-adopters' END AS dated_by,
           coalesce(
             (SELECT ${periodStartSql('x')} FROM cla_episode x
               WHERE x.la_code = ${ctx.la} AND x.care_period_id = ad.care_period_id AND ${fullCare('x')}
               ORDER BY x.start_date DESC LIMIT 1),
             (SELECT cp.start_date FROM care_period cp WHERE cp.la_code = ${ctx.la} AND cp.id = ad.care_period_id)
           ) AS entered
  ) dated`;
}

const DATED_BY: CategorySpec[] = [
  { code: 'adoption-record', label: 'Date placed from the adoption record (903 DATE_PLACED)' },
  {
    code: 'placement-with-adopters',
    label: 'No date placed on record: start of the placement with the adopters (903 PLACE A3-A6)',
  },
];

/**
 * A1: children adopted in the window, mean days from entering care (start of the period of care) to
 * moving in with the adoptive family (placed for adoption). A10 (`adjusted` = yes): the clock stops
 * instead when the child was placed with the eventual adopters as foster carers (fostering for
 * adoption), if earlier. Children with no date placed either way are left out with a reason.
 */
export const adoptionA1: RecordIndicator = {
  id: 'adoption-a1',
  title: 'Average days from entering care to moving in with the adoptive family (A1)',
  family: FAMILY,
  unit: 'days',
  polarity: 'L',
  kind: 'period',
  definition:
    'Children adopted in the window: mean days from the start of the period of care to the date placed for adoption ' +
    '(DfE A1); without a date placed on record, the start of the placement with the adopters (A3-A6), as the DfE ' +
    'scorecard does (the breakdown counts the children dated each way); `adjusted` = yes gives A10 (clock stops at the ' +
    'start of a foster placement with the eventual adopters); `window` = 3-years for the national scorecard.',
  params: {
    adjusted: { description: 'no: A1; yes: A10', default: 'no', choices: ['no', 'yes'] },
    window: WINDOW_PARAM,
  },
  source: 'records',
  aggregate: 'ratio',
  categories: DATED_BY,
  rows: (ctx, params) => {
    const stop = params.adjusted === 'yes' ? 'least(dated.placed, ad.ffa_placed_date)' : 'dated.placed';
    return `SELECT ${ctx.columns({
      subject: 'ad.child_id',
      record: 'ad.id',
      levelDate: 'ad.adopted_on',
      numerator: `${stop} IS NOT NULL`,
      denominator: `${stop} IS NOT NULL`,
      excluded: `CASE WHEN ${stop} IS NULL THEN 'no date placed for adoption' END`,
      numValue: `coalesce(${stop} - dated.entered, 0)`,
      category: 'dated.dated_by',
      detail: `'in care ' || coalesce(dated.entered::text, '?') || ', placed ' || coalesce((${stop})::text, '?') || ', adopted ' || ad.adopted_on
        || CASE WHEN dated.dated_by = 'placement-with-adopters' THEN ' (placed: start of the placement with the adopters)' ELSE '' END`,
    })}
  FROM w
  ${adoptedInWindowSql(ctx, params.window)}`;
  },
};

/**
 * A2: children adopted in the window, mean days from court authority to place (placement order) to the
 * match decision; 0 when matched first. Excludes children without a placement order and those not
 * placed before the adoption order (RETURNS.md appendix; id.esd.org.uk metric 912). The date placed
 * falls back to the start of the placement with the adopters, as for A1.
 */
export const adoptionA2: RecordIndicator = {
  id: 'adoption-a2',
  title: 'Average days from court authority to place to the match with adopters (A2)',
  family: FAMILY,
  unit: 'days',
  polarity: 'L',
  kind: 'period',
  definition:
    'Children adopted in the window: mean days from the placement order to the match decision, 0 where matched ' +
    'first; children without a placement order, a match, or a placement before the order excluded (DfE A2); without ' +
    'a date placed on record, the start of the placement with the adopters (A3-A6) (the breakdown counts the children dated each way).',
  params: { window: WINDOW_PARAM },
  source: 'records',
  aggregate: 'ratio',
  categories: DATED_BY,
  rows: (ctx, params) => {
    const valid =
      'ad.placement_order_date IS NOT NULL AND ad.match_date IS NOT NULL AND dated.placed IS NOT NULL AND dated.placed <= ad.adopted_on';
    return `SELECT ${ctx.columns({
      subject: 'ad.child_id',
      record: 'ad.id',
      levelDate: 'ad.adopted_on',
      numerator: valid,
      denominator: valid,
      excluded: `CASE WHEN ad.placement_order_date IS NULL THEN 'no placement order'
        WHEN ad.match_date IS NULL THEN 'no match date'
        WHEN dated.placed IS NULL OR dated.placed > ad.adopted_on THEN 'not placed before the adoption order' END`,
      numValue: 'coalesce(greatest(ad.match_date - ad.placement_order_date, 0), 0)',
      category: 'dated.dated_by',
      detail: `'placement order ' || coalesce(ad.placement_order_date::text, '?') || ', matched ' || coalesce(ad.match_date::text, '?')
        || ', placed ' || coalesce(dated.placed::text, '?')`,
    })}
  FROM w
  ${adoptedInWindowSql(ctx, params.window)}`;
  },
};

export const adoptionPlaced12mOfAdm: RecordIndicator = {
  id: 'adoption-placed-12m-of-adm',
  title: 'Placed for adoption within 12 months of the decision that they should be',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  definition:
    "Children placed for adoption in the period placed at most 12 months after the agency decision maker's decision (903 DATE_INT) / children placed for adoption in the period.",
  source: 'records',
  aggregate: 'percent',
  rows: rowsInPeriod({
    from: 'adoption a',
    date: 'a.placed_date',
    columns: {
      numerator: `a.placed_date <= ${shiftDate('a.decision_date', '12 months')}`,
      detail: `'decision ' || a.decision_date || ', placed ' || a.placed_date`,
    },
  }),
};

export const adoptions = periodCount({
  id: 'adoptions',
  title: 'Children adopted',
  family: FAMILY,
  polarity: 'N',
  definition:
    'Children for whom an adoption order was made in the period (903 REC E11/E12 follow it when the child leaves care).',
  from: 'adoption a',
  date: 'a.order_date',
  columns: { detail: `'adoption order ' || a.order_date` },
});

/**
 * Special guardianship orders: children leaving care on an SGO (903 REC E45-E48) and children whose care
 * proceedings ended in an SGO, in the period; a child with both counts once.
 */
export const sgo: RecordIndicator = {
  id: 'sgo',
  title: 'Special guardianship orders',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'period',
  definition:
    'Children granted a special guardianship order in the period: ceasing care with 903 REC E45-E48, or care proceedings concluded with an SGO (with or without a supervision order); each child once.',
  source: 'records',
  aggregate: 'count',
  distinct: true,
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 'fe.child_id',
    record: 'fe.care_period_id',
    levelDate: 'fe.end_date',
    numerator: 'true',
    category: "'left care'",
    detail: `'left care ' || fe.end_date || ' (' || fe.reason_ceased || ')'`,
  })}
  FROM w
  JOIN cla_episode fe ON fe.la_code = ${ctx.la} AND fe.reason_ceased IN ('E45', 'E46', 'E47', 'E48')
   AND ${ctx.inPeriod('fe.end_date')} AND fe.legal_status NOT IN ${SHORT_BREAK_STATUSES}
  UNION ALL
  SELECT ${ctx.columns({
    subject: 'pr.child_id',
    record: 'pr.id',
    levelDate: 'pr.final_order_date',
    numerator: 'true',
    category: "'proceedings'",
    detail: `'final order ' || pr.final_order || ' on ' || pr.final_order_date`,
  })}
  FROM w
  JOIN care_proceedings pr ON pr.la_code = ${ctx.la} AND pr.final_order IN ('sgo', 'sgo_supervision')
   AND ${ctx.inPeriod('pr.final_order_date')}`,
};

/**
 * Care planning guidance (Children Act 1989 guidance vol. 2, 2.45): a permanence plan by the second
 * looked-after review. Cohort: children whose second review of a period of care fell in the period.
 */
export const permanenceBySecondReview: RecordIndicator = {
  id: 'permanence-by-second-review',
  title: 'Permanence plan agreed by the second review',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  definition:
    'Children whose second looked-after review of their period of care (short-break episodes removed first) fell in the period with a permanence plan agreed in that period of care on or before it / those children. ' +
    'Periods that began before the history the store holds for the child (child.history_from) are left out with a reason: which review was the second is unknown.',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 'r.child_id',
    record: 'r.id',
    levelDate: 'r.review_date',
    numerator: `EXISTS (SELECT 1 FROM permanence_plan pp
       WHERE pp.la_code = ${ctx.la} AND pp.child_id = r.child_id
         AND pp.plan_date >= r.period_start AND pp.plan_date <= r.review_date)`,
    denominator: 'NOT r.before_horizon',
    excluded: `CASE WHEN r.before_horizon THEN 'care began before the history held (from ' || r.history_from || '): which review was the second is unknown' END`,
    detail: `'second review ' || r.review_date || ' (in care since ' || r.period_start || ')'`,
  })}
  FROM w
  JOIN (
    -- Each period's second review, read by index (LIMIT 1 OFFSET 1 in review order), for the store's
    -- periods not ended before every window: numbering all reviews of all periods took 7 s on 300,000
    -- children. Within a store period, the periods of care with short breaks removed (care-sql.ts): each
    -- run of full care from an episode that starts one to the first that ends one.
    SELECT cp.child_id, second.id, second.review_date, run.start_date AS period_start, ch.history_from,
           coalesce(ch.history_from > run.start_date, false) AS before_horizon
      FROM care_period cp
     CROSS JOIN LATERAL (SELECT c.history_from FROM child c WHERE c.la_code = cp.la_code AND c.id = cp.child_id LIMIT 1) ch
     CROSS JOIN LATERAL (
       SELECT ps.start_date FROM cla_episode ps
        WHERE ps.la_code = cp.la_code AND ps.child_id = cp.child_id AND ps.start_date >= cp.start_date
          AND (cp.end_date IS NULL OR ps.start_date <= cp.end_date) AND ${fullCare('ps')} AND ${startsPeriodSql('ps')}
     ) run
     CROSS JOIN LATERAL (
       SELECT min(pe.end_date) AS end_date FROM cla_episode pe
        WHERE pe.la_code = cp.la_code AND pe.child_id = cp.child_id AND pe.start_date >= run.start_date
          AND ${fullCare('pe')} AND ${endsPeriodSql('pe')}
     ) run_end
     CROSS JOIN LATERAL (
       SELECT lr.id, lr.review_date FROM cla_review lr
        WHERE lr.la_code = cp.la_code AND lr.child_id = cp.child_id
          AND lr.review_date >= run.start_date AND (run_end.end_date IS NULL OR lr.review_date <= run_end.end_date)
        ORDER BY lr.review_date LIMIT 1 OFFSET 1
     ) second
     WHERE cp.la_code = ${ctx.la} AND NOT cp.short_breaks_only
       AND (cp.end_date IS NULL OR cp.end_date >= ${ctx.earliestFrom})
  ) r ON ${ctx.inPeriod('r.review_date')}`,
};

export const ADOPTION_AND_PERMANENCE: readonly RecordIndicator[] = [
  adoptionA1,
  adoptionA2,
  adoptionPlaced12mOfAdm,
  adoptions,
  sgo,
  permanenceBySecondReview,
];
