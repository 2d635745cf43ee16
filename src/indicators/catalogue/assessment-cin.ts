/** Assessment and children in need (INDICATORS.md). */
import type { RecordIndicator } from '../definition.ts';

const FAMILY = 'Assessment and children in need';

export const ASSESSMENTS: RecordIndicator = {
  id: 'assessments',
  title: 'Single assessments completed',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'period',
  source: 'records',
  aggregate: 'count',
  population: { ages: '0-17', per: 10_000 },
  definition: 'DfE C2: assessments completed (AssessmentAuthorisationDate, N00160) in the period; rate per 10,000 aged 0-17.',
  rows: (ctx) => `
    SELECT ${ctx.columns({ subject: 'a.child_id', record: 'a.id', levelDate: 'a.authorised_date', numerator: 'true' })}
      FROM assessment a JOIN w ON a.authorised_date BETWEEN w.period_from AND w.period_to
     WHERE a.la_code = ${ctx.la}`,
};

export const ASSESSMENT_TIMELINESS_45WD: RecordIndicator = {
  id: 'assessment-timeliness-45wd',
  title: 'Single assessments completed within 45 working days',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  definition:
    'DfE C2: assessments authorised in the period whose working days from AssessmentActualStartDate to ' +
    'AssessmentAuthorisationDate are at most 45 / assessments authorised in the period (Working Together: 45 WD).',
  rows: (ctx) => `
    SELECT ${ctx.columns({
      subject: 'a.child_id',
      record: 'a.id',
      levelDate: 'a.authorised_date',
      numerator: `${ctx.workingDays('a.start_date', 'a.authorised_date')} <= 45`,
      detail: `${ctx.workingDays('a.start_date', 'a.authorised_date')} || ' WD'`,
    })}
      FROM assessment a JOIN w ON a.authorised_date BETWEEN w.period_from AND w.period_to
     WHERE a.la_code = ${ctx.la}`,
};

export const CIN_AT_DATE: RecordIndicator = {
  id: 'cin-at-date',
  title: 'Children in need',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'count',
  distinct: true,
  population: { ages: '0-17', per: 10_000 },
  definition:
    'DfE B1: children with a CIN episode open at the reference date (referral on or before it, not closed by it), every status ' +
    '(assessment, CIN plan, CP plan, looked after), unborn children included; rate per 10,000 aged 0-17.',
  rows: (ctx) => `
    SELECT ${ctx.columns({ subject: 'r.child_id', record: 'r.id', levelDate: 'w.at', numerator: 'true' })}
      FROM referral r JOIN w ON ${ctx.openAt('r.referral_date', 'r.closure_date', 'w.at')}
     WHERE r.la_code = ${ctx.la}`,
};

export const CIN_PLANS_AT_DATE: RecordIndicator = {
  id: 'cin-plans-at-date',
  title: 'Children subject to a child in need plan',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'count',
  distinct: true,
  definition: 'Children with a CIN plan (CINPlanStartDate on or before the date, no CINPlanEndDate by it) open at the reference date.',
  rows: (ctx) => `
    SELECT ${ctx.columns({ subject: 'p.child_id', record: 'p.id', levelDate: 'w.at', numerator: 'true' })}
      FROM cin_plan p JOIN w ON ${ctx.openAt('p.start_date', 'p.end_date', 'w.at')}
     WHERE p.la_code = ${ctx.la}`,
};

export const CIN_PLAN_REVIEWS_6WK: RecordIndicator = {
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
  rows: (ctx) => `
    SELECT ${ctx.columns({
      subject: 'p.child_id',
      record: 'p.id',
      levelDate: 'w.at',
      numerator: "coalesce(rv.last_review, p.start_date) >= w.at - 42",
      detail: "CASE WHEN rv.last_review IS NULL THEN 'no review since start ' || p.start_date ELSE 'last review ' || rv.last_review END",
    })}
      FROM cin_plan p JOIN w ON ${ctx.openAt('p.start_date', 'p.end_date', 'w.at')}
      LEFT JOIN LATERAL (
        SELECT max(v.review_date) AS last_review FROM cin_plan_review v
         WHERE v.la_code = p.la_code AND v.cin_plan_id = p.id AND v.review_date <= w.at
      ) rv ON true
     WHERE p.la_code = ${ctx.la}`,
};

export const ASSESSMENT_AND_CIN: readonly RecordIndicator[] = [
  ASSESSMENTS,
  ASSESSMENT_TIMELINESS_45WD,
  CIN_AT_DATE,
  CIN_PLANS_AT_DATE,
  CIN_PLAN_REVIEWS_6WK,
];
