/** Assessment and children in need (docs/INDICATORS.md). */
import type { RecordIndicator } from '../definition.ts';
import { periodCount, rowsInPeriod, rowsOpenAt, snapshotCount } from '../builders.ts';

const FAMILY = 'Assessment and children in need';

export const assessments = periodCount({
  id: 'assessments',
  title: 'Single assessments completed',
  family: FAMILY,
  polarity: 'N',
  population: { ages: '0-17', per: 10_000 },
  definition:
    'DfE C2: assessments completed (AssessmentAuthorisationDate, N00160) in the period; rate per 10,000 aged 0-17.',
  from: 'assessment a',
  date: 'a.authorised_date',
});

export const assessmentTimeliness45wd: RecordIndicator = {
  id: 'assessment-timeliness-45wd',
  title: 'Single assessments completed within 45 working days',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  definition:
    'DfE C2: assessments authorised in the period whose AssessmentAuthorisationDate is on or before the 45th working day ' +
    'after AssessmentActualStartDate (an authorisation on a weekend or bank holiday after it is late) / assessments ' +
    'authorised in the period (Working Together: 45 WD).',
  rows: rowsInPeriod({
    from: 'assessment a',
    date: 'a.authorised_date',
    columns: (ctx) => ({
      numerator: ctx.withinWorkingDays('a.start_date', 'a.authorised_date', 45),
      detail: `${ctx.workingDays('a.start_date', 'a.authorised_date')} || ' WD'`,
    }),
  }),
};

export const cinAtDate = snapshotCount({
  id: 'cin-at-date',
  title: 'Children in need',
  family: FAMILY,
  polarity: 'N',
  distinct: true,
  population: { ages: '0-17', per: 10_000 },
  definition:
    'DfE B1: children with a CIN episode open at the reference date (referral on or before it, not closed by it), every status ' +
    '(assessment, CIN plan, CP plan, looked after), unborn children included; rate per 10,000 aged 0-17.',
  from: 'referral r',
  start: 'r.referral_date',
  end: 'r.closure_date',
});

export const cinPlansAtDate = snapshotCount({
  id: 'cin-plans-at-date',
  title: 'Children subject to a child in need plan',
  family: FAMILY,
  polarity: 'N',
  distinct: true,
  definition:
    'Children with a CIN plan (CINPlanStartDate on or before the date, no CINPlanEndDate by it) open at the reference date.',
  from: 'cin_plan p',
  start: 'p.start_date',
  end: 'p.end_date',
});

export const cinPlanReviews6wk: RecordIndicator = {
  id: 'cin-plan-reviews-6wk',
  title: 'Child in need plans reviewed at least 6-weekly',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'percent',
  definition:
    'Local practice: open CIN plans whose latest review (or start, if none yet) is no more than 6 weeks (42 days) before the ' +
    'reference date / open CIN plans.',
  rows: rowsOpenAt({
    from: 'cin_plan p',
    start: 'p.start_date',
    end: 'p.end_date',
    join: `LEFT JOIN LATERAL (
        SELECT max(v.review_date) AS last_review FROM cin_plan_review v
         WHERE v.la_code = p.la_code AND v.cin_plan_id = p.id AND v.review_date <= w.at
      ) rv ON true`,
    columns: {
      numerator: 'coalesce(rv.last_review, p.start_date) >= w.at - 42',
      detail:
        "CASE WHEN rv.last_review IS NULL THEN 'no review since start ' || p.start_date ELSE 'last review ' || rv.last_review END",
    },
  }),
};

export const ASSESSMENT_AND_CIN: readonly RecordIndicator[] = [
  assessments,
  assessmentTimeliness45wd,
  cinAtDate,
  cinPlansAtDate,
  cinPlanReviews6wk,
];
