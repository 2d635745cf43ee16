/**
 * Adoption and permanence (docs/INDICATORS.md "Adoption and permanence"; DfE adoption scorecard indicators
 * A1, A10 and A2 as RETURNS.md's appendix gives them). Durations are calendar days.
 */
import type { ParamSpec, RecordIndicator } from '../definition.ts';
import { periodCount, rowsInPeriod } from '../builders.ts';
import { SHORT_BREAK_STATUSES, shiftDate } from './care-sql.ts';

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
 * A1: children adopted (adoption order) in the window, mean days from entering care (start of the
 * period of care) to moving in with the adoptive family (placed for adoption). A10 (`adjusted` = yes):
 * the clock stops instead when the child was placed with the eventual adopters as foster carers
 * (fostering for adoption), if earlier. Children never recorded as placed are left out with a reason.
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
    '(DfE A1); `adjusted` = yes gives A10 (clock stops at the start of a foster placement with the eventual ' +
    'adopters); `window` = 3-years for the national scorecard.',
  params: {
    adjusted: { description: 'no: A1; yes: A10', default: 'no', choices: ['no', 'yes'] },
    window: WINDOW_PARAM,
  },
  source: 'records',
  aggregate: 'ratio',
  rows: (ctx, params) => {
    const stop = params.adjusted === 'yes' ? 'least(a.placed_date, a.ffa_placed_date)' : 'a.placed_date';
    return `SELECT ${ctx.columns({
      subject: 'a.child_id',
      record: 'a.id',
      levelDate: 'a.order_date',
      numerator: `${stop} IS NOT NULL`,
      denominator: `${stop} IS NOT NULL`,
      excluded: `CASE WHEN ${stop} IS NULL THEN 'no date placed for adoption' END`,
      numValue: `coalesce(${stop} - cp.start_date, 0)`,
      detail: `'in care ' || cp.start_date || ', placed ' || coalesce((${stop})::text, '?') || ', adopted ' || a.order_date`,
    })}
  FROM w
  JOIN adoption a ON a.la_code = ${ctx.la} AND a.order_date >= ${windowStart(params.window)} AND a.order_date <= w.period_to
  JOIN care_period cp ON cp.la_code = a.la_code AND cp.id = a.care_period_id`;
  },
};

/**
 * A2: children adopted in the window, mean days from court authority to place (placement order) to the
 * match decision; 0 when matched first. Excludes children without a placement order and those not
 * placed before the adoption order (RETURNS.md appendix; id.esd.org.uk metric 912).
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
    'first; children without a placement order, a match, or a placement before the order excluded (DfE A2).',
  params: { window: WINDOW_PARAM },
  source: 'records',
  aggregate: 'ratio',
  rows: (ctx, params) => {
    const valid =
      'a.placement_order_date IS NOT NULL AND a.match_date IS NOT NULL AND a.placed_date IS NOT NULL AND a.placed_date <= a.order_date';
    return `SELECT ${ctx.columns({
      subject: 'a.child_id',
      record: 'a.id',
      levelDate: 'a.order_date',
      numerator: valid,
      denominator: valid,
      excluded: `CASE WHEN a.placement_order_date IS NULL THEN 'no placement order'
        WHEN a.match_date IS NULL THEN 'no match date'
        WHEN a.placed_date IS NULL OR a.placed_date > a.order_date THEN 'not placed before the adoption order' END`,
      numValue: 'coalesce(greatest(a.match_date - a.placement_order_date, 0), 0)',
      detail: `'placement order ' || coalesce(a.placement_order_date::text, '?') || ', matched ' || coalesce(a.match_date::text, '?')`,
    })}
  FROM w
  JOIN adoption a ON a.la_code = ${ctx.la} AND a.order_date >= ${windowStart(params.window)} AND a.order_date <= w.period_to`;
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
    'Children whose second looked-after review of their period of care fell in the period with a permanence plan agreed in that period of care on or before it / those children.',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 'r.child_id',
    record: 'r.id',
    levelDate: 'r.review_date',
    numerator: `EXISTS (SELECT 1 FROM permanence_plan pp
       WHERE pp.la_code = ${ctx.la} AND pp.child_id = r.child_id
         AND pp.plan_date >= r.period_start AND pp.plan_date <= r.review_date)`,
    detail: `'second review ' || r.review_date || ' (in care since ' || r.period_start || ')'`,
  })}
  FROM w
  JOIN (
    -- Each period's second review, read by index (LIMIT 1 OFFSET 1 in review order), for the periods not
    -- ended before every window: numbering all reviews of all periods took 7 s on 300,000 children.
    SELECT cp.child_id, second.id, second.review_date, cp.start_date AS period_start
      FROM care_period cp
     CROSS JOIN LATERAL (
       SELECT lr.id, lr.review_date FROM cla_review lr
        WHERE lr.la_code = cp.la_code AND lr.child_id = cp.child_id
          AND lr.review_date >= cp.start_date AND (cp.end_date IS NULL OR lr.review_date <= cp.end_date)
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
