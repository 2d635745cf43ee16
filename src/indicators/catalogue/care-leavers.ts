/**
 * Care leavers (docs/INDICATORS.md "Care leavers"; DfE OC3 tables la_care_leavers_activity and
 * la_care_leavers_accommodation_suitability, RETURNS.md appendix). The cohort is care leavers whose
 * 17th to 21st birthday fell in the period, measured by the contact recorded around that birthday
 * (care_leaver_contact.birthday_age). DfE leaves out young people whose care was short breaks only
 * (V3/V4), who died, who returned home (903 IN_TOUCH RHOM), and whose care was taken over by another
 * council (903 REC E3); accommodation also leaves out those gone abroad (G), deported (H) or whose
 * residence is not known (R). Young people with no information stay in the denominator.
 */
import type { ParamSpec, RecordIndicator, RowsContext } from '../definition.ts';

const FAMILY = 'Care leavers';

const AGES: Record<string, readonly [number, number]> = { '19-21': [19, 21], '17-18': [17, 18], '16-21': [16, 21] };
const AGES_PARAM: ParamSpec = {
  description: 'ages whose birthday falls in the period',
  default: '19-21',
  choices: Object.keys(AGES),
};

/** 903 ACTIV codes in education, employment or training (F = full time, P = part time). */
const EET = "('F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5')";

/**
 * Why a birthday row leaves the cohort (null when it stays), from the DfE exclusions above. "Short
 * breaks only" is a child whose periods of care (at least one) were all short breaks: bool_and over none
 * is null, which no WHEN takes. Each check is a look-up by the child's key.
 */
const COHORT_EXCLUSION = `CASE
  WHEN (ch.death_date IS NOT NULL AND ch.death_date <= b.birthday) OR cc.in_touch = 'DIED' THEN 'died'
  WHEN cc.in_touch = 'RHOM' THEN 'returned home'
  WHEN (SELECT bool_and(sb.short_breaks_only) FROM care_period sb WHERE sb.la_code = ch.la_code AND sb.child_id = ch.id)
    THEN 'short breaks only'
  WHEN (SELECT le.reason_ceased FROM cla_episode le WHERE le.la_code = ch.la_code AND le.child_id = ch.id
         ORDER BY le.start_date DESC LIMIT 1) = 'E3' THEN 'care taken over by another council'
END`;

/** One row per care leaver birthday in the window, with the birthday contact as `cc` (may be null). */
function birthdayRows(ctx: RowsContext, ages: string | undefined, numerator: string, extraExclusion?: string): string {
  const [low, high] = AGES[ages ?? '19-21'] ?? AGES['19-21']!;
  const excluded = extraExclusion ? `coalesce(${COHORT_EXCLUSION}, ${extraExclusion})` : COHORT_EXCLUSION;
  return `SELECT ${ctx.columns({
    subject: 'ch.id',
    record: 'cc.id',
    levelDate: 'b.birthday',
    numerator: `x.reason IS NULL AND ${numerator}`,
    denominator: 'x.reason IS NULL',
    excluded: 'x.reason',
    category: 'b.age::text',
    detail: `'birthday ' || b.age || ' on ' || b.birthday || coalesce(': in touch ' || cc.in_touch ||
       ', activity ' || coalesce(cc.activity, '-') || ', accommodation ' || coalesce(cc.accommodation, '-'),
       ': no birthday contact recorded')`,
  })}
  FROM w
  JOIN care_leaver cl ON cl.la_code = ${ctx.la} AND cl.eligibility IN ('relevant', 'former_relevant')
  -- A look-up by key per care leaver: as a plain join the planner scanned every child in parallel (1.3 s of
  -- a 24-month series on 100,000 children, on PostgreSQL); LIMIT keeps it a nested loop on the key.
  CROSS JOIN LATERAL (
    SELECT c.la_code, c.id, c.date_of_birth, c.death_date FROM child c WHERE c.la_code = cl.la_code AND c.id = cl.child_id LIMIT 1
  ) ch
  CROSS JOIN LATERAL (
    SELECT age, (ch.date_of_birth + make_interval(years => age))::date AS birthday
      FROM generate_series(${low}, ${high}) AS age
  ) b
  LEFT JOIN LATERAL (
    SELECT c.* FROM care_leaver_contact c
     WHERE c.la_code = ch.la_code AND c.child_id = ch.id AND c.birthday_age = b.age
     ORDER BY c.contact_date DESC, c.id DESC LIMIT 1
  ) cc ON true
  -- The reason once per row (OFFSET 0 keeps the planner from copying the expression, and its look-ups,
  -- into each column that reads it: three times over, each a scan of every period of care).
  CROSS JOIN LATERAL (SELECT ${excluded} AS reason OFFSET 0) x
  WHERE b.birthday >= w.period_from AND b.birthday <= w.period_to`;
}

export const careLeaversAccommodation: RecordIndicator = {
  id: 'care-leavers-accommodation',
  title: 'Care leavers in suitable accommodation',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  definition:
    'Care leavers whose birthday (ages 19-21 by default; 17-18 or 16-21 by `ages`) fell in the period, with ' +
    'accommodation recorded around the birthday as suitable (903 ACCOM ending 1) / those care leavers, excluding ' +
    'short breaks only, died, returned home, care taken over by another council, gone abroad, deported and ' +
    'residence not known (DfE OC3).',
  params: { ages: AGES_PARAM },
  source: 'records',
  aggregate: 'percent',
  allocation: 'personal_adviser',
  rows: (ctx, params) =>
    birthdayRows(
      ctx,
      params.ages,
      "cc.accommodation LIKE '_1'",
      "CASE WHEN left(cc.accommodation, 1) IN ('G', 'H', 'R') THEN 'abroad, deported or residence not known' END",
    ),
};

export const careLeaversEet: RecordIndicator = {
  id: 'care-leavers-eet',
  title: 'Care leavers in education, employment or training',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  definition:
    'Care leavers whose birthday (ages 19-21 by default; 17-18 or 16-21 by `ages`) fell in the period, in ' +
    'education, employment or training around the birthday (903 ACTIV F1-F5, P1-P5) / those care leavers, excluding ' +
    'short breaks only, died, returned home and care taken over by another council (DfE OC3).',
  params: { ages: AGES_PARAM },
  source: 'records',
  aggregate: 'percent',
  allocation: 'personal_adviser',
  rows: (ctx, params) => birthdayRows(ctx, params.ages, `cc.activity IN ${EET}`),
};

/** Children (Leaving Care) Act 2000: relevant, former relevant and qualifying young people receiving a service. */
export const careLeavers: RecordIndicator = {
  id: 'care-leavers',
  title: 'Care leavers receiving a service',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'snapshot',
  definition:
    'Relevant, former relevant and qualifying care leavers entitled to a service at the reference date (entitlement begun, service not ended, alive), by eligibility.',
  source: 'records',
  aggregate: 'count',
  allocation: 'personal_adviser',
  categories: [
    { code: 'relevant', label: 'Relevant' },
    { code: 'former_relevant', label: 'Former relevant' },
    { code: 'qualifying', label: 'Qualifying' },
  ],
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 'cl.child_id',
    levelDate: 'w.at',
    numerator: 'true',
    category: 'cl.eligibility',
    detail: `cl.eligibility || ' since ' || cl.eligible_from`,
  })}
  FROM w
  JOIN care_leaver cl ON cl.la_code = ${ctx.la} AND cl.eligibility IN ('relevant', 'former_relevant', 'qualifying')
   AND cl.eligible_from <= w.at AND (cl.services_ended IS NULL OR cl.services_ended > w.at)
  JOIN child ch ON ch.la_code = cl.la_code AND ch.id = cl.child_id
  WHERE ch.death_date IS NULL OR ch.death_date > w.at`,
};

export const CARE_LEAVERS: readonly RecordIndicator[] = [careLeaversAccommodation, careLeaversEet, careLeavers];
