/** Front door and early help (docs/INDICATORS.md): contacts, referrals and early help. */
import type { RecordIndicator } from '../definition.ts';
import { periodCount, rowsInPeriod, snapshotCount } from '../builders.ts';

const FAMILY = 'Front door and early help';

export const contacts = periodCount({
  id: 'contacts',
  title: 'Contacts received',
  family: FAMILY,
  polarity: 'N',
  definition: 'Contacts dated in the period (Annex A list 1).',
  from: 'contact c',
  date: 'c.contact_date',
  columns: { category: 'c.outcome' },
});

export const contactConversion: RecordIndicator = {
  id: 'contact-conversion',
  title: "Contacts that became referrals to children's social care",
  family: FAMILY,
  unit: 'percent',
  polarity: 'N',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  definition: 'Contacts in the period whose outcome was a referral / contacts in the period (Annex A list 1).',
  rows: rowsInPeriod({
    from: 'contact c',
    date: 'c.contact_date',
    columns: {
      // An outcome decided after the reference date is not known at it.
      numerator: "c.outcome = 'referral' AND (c.outcome_date IS NULL OR c.outcome_date <= w.at)",
      category: 'c.outcome',
    },
  }),
};

export const referrals = periodCount({
  id: 'referrals',
  title: 'Referrals',
  family: FAMILY,
  polarity: 'N',
  population: { ages: '0-17', per: 10_000 },
  definition:
    'DfE C1 Referrals: referrals (CIN episodes) starting in the period; Referrals_rate = count / population 0-17 x 10,000.',
  from: 'referral r',
  date: 'r.referral_date',
  columns: { category: 'r.source' },
});

export const reReferrals12m: RecordIndicator = {
  id: 're-referrals-12m',
  title: 'Re-referrals within 12 months',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  definition:
    "DfE C1 Re_referrals_percent: referrals in the period that started within 12 months of the child's previous referral / " +
    'referrals in the period; every referral counts. Within 12 months: the previous referral is on or after the date 12 months ' +
    'before (a referral on the anniversary counts; a day later does not).',
  rows: rowsInPeriod({
    from: 'referral r',
    date: 'r.referral_date',
    join: `LEFT JOIN LATERAL (
        SELECT max(p.referral_date) AS referral_date FROM referral p
         WHERE p.la_code = r.la_code AND p.child_id = r.child_id AND p.referral_date < r.referral_date
      ) prev ON true`,
    columns: {
      numerator: "prev.referral_date >= (r.referral_date - interval '12 months')::date",
      detail: "'previous referral ' || coalesce(prev.referral_date::text, 'none')",
    },
  }),
};

export const referralDecision1wd: RecordIndicator = {
  id: 'referral-decision-1wd',
  title: 'Referral decisions made within 1 working day',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  definition:
    'Working Together: the type of response is decided within one working day of the referral. Referrals in the period whose ' +
    'decision date is on or before the first working day after the referral date / referrals in the period (not in the CIN census).',
  rows: rowsInPeriod({
    from: 'referral r',
    date: 'r.referral_date',
    columns: (ctx) => ({
      numerator: `r.decision_date <= w.at AND ${ctx.withinWorkingDays('r.referral_date', 'r.decision_date', 1)}`,
      detail: `CASE WHEN r.decision_date IS NULL OR r.decision_date > w.at THEN 'no decision recorded'
                    ELSE ${ctx.workingDays('r.referral_date', 'r.decision_date')} || ' WD to decision' END`,
    }),
  }),
};

export const openToCscInYear: RecordIndicator = {
  id: 'open-to-csc-in-year',
  title: "Children open to children's services at some point in the period",
  family: FAMILY,
  unit: 'percent',
  polarity: 'N',
  kind: 'period',
  source: 'records',
  aggregate: 'population',
  population: { ages: '0-17', per: 100 },
  distinct: true,
  definition:
    'Distinct children with a CIN episode open at any point in the period / population aged 0-17 (as DfE B1 "any point").',
  rows: (ctx) => `
    SELECT ${ctx.columns({
      subject: 'r.child_id',
      record: 'r.id',
      // Placed by the allocation on the last day the episode was open within the window.
      levelDate: 'least(w.period_to, coalesce(r.closure_date, w.period_to))',
      numerator: 'true',
    })}
      FROM referral r JOIN w ON r.referral_date <= w.period_to AND (r.closure_date IS NULL OR r.closure_date >= w.period_from)
     WHERE r.la_code = ${ctx.la} AND (r.closure_date IS NULL OR r.closure_date >= ${ctx.earliestFrom})`,
};

const DURATION_BANDS = [
  { code: 'under-3m', label: 'Under 3 months' },
  { code: '3-6m', label: '3 to 6 months' },
  { code: '6-9m', label: '6 to 9 months' },
  { code: '9m-plus', label: '9 months and over' },
] as const;

export const cinClosuresByDuration = periodCount({
  id: 'cin-closures-by-duration',
  title: 'Cases closed, by how long they were open',
  family: FAMILY,
  polarity: 'N',
  categories: DURATION_BANDS,
  definition:
    'CIN episodes closed in the period, banded by referral to closure: under 3 months, 3-6, 6-9, 9 months and over. ' +
    'An episode closed exactly 3 months after referral (calendar months, clamped at month end) is in 3-6.',
  from: 'referral r',
  date: 'r.closure_date',
  columns: {
    category: `CASE WHEN r.closure_date < r.referral_date + interval '3 months' THEN 'under-3m'
                    WHEN r.closure_date < r.referral_date + interval '6 months' THEN '3-6m'
                    WHEN r.closure_date < r.referral_date + interval '9 months' THEN '6-9m'
                    ELSE '9m-plus' END`,
    detail: "r.referral_date || ' to ' || r.closure_date",
  },
});

export const cinClosuresStepDown: RecordIndicator = {
  id: 'cin-closures-step-down',
  title: 'Closed cases stepped down to early help',
  family: FAMILY,
  unit: 'percent',
  polarity: 'N',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  definition:
    'CIN episodes closed in the period with reason RC9 (closed after assessment, referred to early help) or an early help ' +
    'episode recorded as stepped down from the referral / CIN episodes closed in the period.',
  rows: rowsInPeriod({
    from: 'referral r',
    date: 'r.closure_date',
    columns: {
      numerator: `r.closure_reason = 'RC9' OR EXISTS (
        SELECT 1 FROM early_help_episode e
         WHERE e.la_code = r.la_code AND e.stepped_down_from_referral_id = r.id AND e.referral_date <= w.at)`,
      category: 'r.closure_reason',
    },
  }),
};

export const ehAssessmentsPerMonth: RecordIndicator = {
  id: 'eh-assessments-per-month',
  title: 'Early help assessments initiated per month',
  family: FAMILY,
  unit: 'per-month',
  polarity: 'H',
  kind: 'period',
  source: 'records',
  aggregate: 'per-month',
  allocation: 'family_worker',
  definition: 'Early help assessments started in the period / calendar months the period touches (Annex A list 2).',
  rows: rowsInPeriod({ from: 'early_help_episode e', date: 'e.assessment_start' }),
};

export const ehHubReferrals = periodCount({
  id: 'eh-hub-referrals',
  title: 'Referrals to early help hubs',
  family: FAMILY,
  polarity: 'N',
  allocation: 'family_worker',
  definition: 'Early help referrals dated in the period (Annex A list 2).',
  from: 'early_help_episode e',
  date: 'e.referral_date',
  columns: { category: 'e.organisation' },
});

export const ehOpen = snapshotCount({
  id: 'eh-open',
  title: 'Children with an early help offer',
  family: FAMILY,
  polarity: 'N',
  distinct: true,
  allocation: 'family_worker',
  definition: 'Children with an early help episode open at the reference date (Annex A list 2).',
  from: 'early_help_episode e',
  start: 'e.referral_date',
  end: 'e.end_date',
});

export const sfFamiliesIdentified: RecordIndicator = {
  id: 'sf-families-identified',
  title: 'Supporting Families: families identified (cumulative since programme start)',
  family: FAMILY,
  unit: 'count',
  polarity: 'H',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'count',
  levels: ['council'],
  definition: 'Families attached to the Supporting Families programme on or before the reference date.',
  rows: (ctx) => `
    SELECT ${ctx.columns({ subjectType: "'family'", subject: 'f.family_id', levelDate: 'f.attached_date', numerator: 'true' })}
      FROM sf_family f JOIN w ON f.attached_date <= w.at
     WHERE f.la_code = ${ctx.la}`,
};

export const sfSustainedProgress: RecordIndicator = {
  id: 'sf-sustained-progress',
  title: 'Supporting Families: families with significant and sustained progress or continuous employment (cumulative)',
  family: FAMILY,
  unit: 'count',
  polarity: 'H',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'count',
  distinct: true,
  levels: ['council'],
  definition:
    'Families with a successful payment-by-results claim on or before the reference date (counted once); the breakdown gives ' +
    'families claimed per claim window, for comparison with the window target.',
  rows: (ctx) => `
    SELECT ${ctx.columns({
      subjectType: "'family'",
      subject: 'c.family_id',
      record: 'c.id',
      levelDate: 'c.claim_date',
      numerator: 'true',
      category: 'c.claim_window',
      detail: 'c.kind',
    })}
      FROM sf_claim c JOIN w ON c.claim_date <= w.at
     WHERE c.la_code = ${ctx.la}`,
};

export const FRONT_DOOR: readonly RecordIndicator[] = [
  contacts,
  contactConversion,
  referrals,
  reReferrals12m,
  referralDecision1wd,
  openToCscInYear,
  cinClosuresByDuration,
  cinClosuresStepDown,
  ehAssessmentsPerMonth,
  ehHubReferrals,
  ehOpen,
  sfFamiliesIdentified,
  sfSustainedProgress,
];
