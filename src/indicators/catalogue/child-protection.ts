/** Child protection (docs/INDICATORS.md): section 47 enquiries, conferences and child protection plans. */
import type { RecordIndicator, RowsContext } from '../definition.ts';
import { periodCount, rowsInPeriod, rowsOpenAt, snapshotCount, type SnapshotRowsSpec } from '../builders.ts';

const FAMILY = 'Child protection';
/** CP plans `p` open at the reference date. */
const OPEN_PLAN = { from: 'cp_plan p', start: 'p.start_date', end: 'p.end_date' } as const satisfies SnapshotRowsSpec;
const OPEN_PLAN_AT = (ctx: RowsContext) => ctx.openAt(OPEN_PLAN.start, OPEN_PLAN.end, 'w.at');

export const s47Enquiries = periodCount({
  id: 's47-enquiries',
  title: 'Section 47 enquiries',
  family: FAMILY,
  polarity: 'N',
  population: { ages: '0-17', per: 10_000 },
  definition:
    'DfE C4 Section47: section 47 enquiries starting (S47ActualStartDate) in the period; rate per 10,000 aged 0-17.',
  from: 's47_enquiry s',
  date: 's.start_date',
});

export const icpcTimeliness15wd: RecordIndicator = {
  id: 'icpc-timeliness-15wd',
  title: 'Initial child protection conferences within 15 working days',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  definition:
    'DfE C4: ICPCs in the period held on or before the 15th working day after S47ActualStartDate (the strategy discussion that began the enquiry; ' +
    'a conference on a weekend or bank holiday after that day is late) / ICPCs ' +
    'with a valid duration. An ICPC dated before its S47 start has no valid duration: excluded from the percentage (CIN rule 8675Q).',
  rows: rowsInPeriod({
    from: 'initial_conference ic',
    date: 'ic.conference_date',
    join: 'JOIN s47_enquiry s ON s.la_code = ic.la_code AND s.id = ic.s47_enquiry_id',
    columns: (ctx) => ({
      numerator: `ic.conference_date >= s.start_date AND ${ctx.withinWorkingDays('s.start_date', 'ic.conference_date', 15)}`,
      denominator: 'ic.conference_date >= s.start_date',
      excluded:
        "CASE WHEN ic.conference_date < s.start_date THEN 'conference dated before the S47 start: no valid duration' END",
      detail: `${ctx.workingDays('s.start_date', 'ic.conference_date')} || ' WD from S47 start ' || s.start_date`,
    }),
  }),
};

export const cppAtDate = snapshotCount({
  id: 'cpp-at-date',
  title: 'Children subject to a child protection plan',
  family: FAMILY,
  polarity: 'N',
  distinct: true,
  population: { ages: '0-17', per: 10_000 },
  definition:
    'DfE D: children with a CP plan open at the reference date (unborn children included); rate per 10,000 aged 0-17.',
  ...OPEN_PLAN,
  columns: { category: 'p.latest_category' },
});

export const cppRepeat: RecordIndicator = {
  id: 'cpp-repeat',
  title: 'Plans that are a second or subsequent plan',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  params: {
    within: {
      description:
        'ever: an earlier plan at any time (DfE D3, default); 24-months: an earlier plan ending within 24 months before this one ' +
        'started (seed 002); cohort-6-months: plans starting in the 6 months to the reference date, earlier plan ever (seed 004)',
      default: 'ever',
      choices: ['ever', '24-months', 'cohort-6-months'],
    },
  },
  definition:
    'DfE D3 CPP_subsequent_percent: CP plans starting in the period where the child had an earlier CP plan, regardless of how long ' +
    'ago (a plan in these records, or NumberOfPreviousCPP > 0 for plans elsewhere) / CP plans starting in the period.',
  rows: (ctx, params) => {
    const cohort =
      params.within === 'cohort-6-months'
        ? "p.start_date > (w.at - interval '6 months')::date AND p.start_date <= w.at"
        : ctx.inPeriod('p.start_date');
    const earlier =
      params.within === '24-months'
        ? "prev.end_date >= (p.start_date - interval '24 months')::date"
        : 'p.previous_plans > 0 OR prev.start_date IS NOT NULL';
    return `
    SELECT ${ctx.columns({
      subject: 'p.child_id',
      record: 'p.id',
      levelDate: 'p.start_date',
      numerator: earlier,
      detail: `CASE WHEN prev.start_date IS NULL THEN 'no earlier plan in records; previous plans ' || p.previous_plans
                    ELSE 'earlier plan ' || prev.start_date || ' to ' || coalesce(prev.end_date::text, 'open') END`,
    })}
      FROM cp_plan p JOIN w ON ${cohort}
      LEFT JOIN LATERAL (
        SELECT q.start_date, coalesce(q.end_date, p.start_date) AS end_date FROM cp_plan q
         WHERE q.la_code = p.la_code AND q.child_id = p.child_id AND q.start_date < p.start_date
         ORDER BY q.start_date DESC LIMIT 1
      ) prev ON true
     WHERE p.la_code = ${ctx.la}`;
  },
};

export const cpp2YearsEnding: RecordIndicator = {
  id: 'cpp-2-years-ending',
  title: 'Plans ending that lasted 2 years or more',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  definition:
    'DfE D7 (former NI 64): CP plans ending in the period that lasted at least 2 years (end on or after the second anniversary ' +
    'of the start) / CP plans ending in the period.',
  rows: rowsInPeriod({
    from: 'cp_plan p',
    date: 'p.end_date',
    columns: {
      numerator: "p.end_date >= p.start_date + interval '2 years'",
      detail: "p.start_date || ' to ' || p.end_date",
    },
  }),
};

export const cpp2YearsOpen: RecordIndicator = {
  id: 'cpp-2-years-open',
  title: 'Open plans that have lasted 2 years or more',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'percent',
  definition:
    'DfE D5: CP plans open at the reference date that started 2 years or more before it / CP plans open at the reference date.',
  rows: rowsOpenAt({
    ...OPEN_PLAN,
    columns: { numerator: "w.at >= p.start_date + interval '2 years'", detail: "'started ' || p.start_date" },
  }),
};

export const cppReviewsInTime: RecordIndicator = {
  id: 'cpp-reviews-in-time',
  title: 'Child protection cases reviewed within timescales',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'percent',
  definition:
    'Working Together: first review conference within 3 months of the ICPC, then at most 6 months apart. Children on a CP plan ' +
    'for 3 months or more at the reference date whose every review so far was in time and whose next review is not overdue / ' +
    'those children (as former NI 67). The ICPC date is the conference that made the plan, else the plan start. Reviews ' +
    'before the history held for the child (child.history_from) are unknown, never late: those held are judged on the 6-month gap.',
  // History horizon (child.history_from): a census holds only its year's reviews, so reviews before the
  // horizon are unknown, not missing. A plan begun before it is judged on the reviews held: each allowed
  // the 6-month gap from the one before, the first from the day before the horizon (late only if no review
  // was held within 6 months after it, late whatever came before).
  rows: (ctx) => {
    const first = 'coalesce(ic.conference_date, p.start_date)';
    const cut = `coalesce(ch.history_from > ${first}, false)`;
    return `
    SELECT ${ctx.columns({
      subject: 'p.child_id',
      record: 'p.id',
      levelDate: 'w.at',
      numerator: `coalesce(rv.late, 0) = 0 AND w.at <= CASE
                    WHEN ${cut} THEN coalesce(rv.last_review, ch.history_from - 1) + interval '6 months'
                    WHEN rv.last_review IS NULL THEN ${first} + interval '3 months'
                    ELSE rv.last_review + interval '6 months' END`,
      detail: `coalesce(rv.reviews, 0) || ' reviews, ' || coalesce(rv.late, 0) || ' late; last ' || coalesce(rv.last_review::text, 'none')
        || CASE WHEN ${cut} THEN '; history held from ' || ch.history_from || ': earlier reviews unknown, judged on those since' ELSE '' END`,
    })}
      FROM cp_plan p
      JOIN w ON ${OPEN_PLAN_AT(ctx)} AND p.start_date + interval '3 months' <= w.at
      LEFT JOIN initial_conference ic ON ic.la_code = p.la_code AND ic.id = p.initial_conference_id
      CROSS JOIN LATERAL (SELECT c.history_from FROM child c WHERE c.la_code = p.la_code AND c.id = p.child_id LIMIT 1) ch
      LEFT JOIN LATERAL (
        SELECT count(*) AS reviews, max(x.review_date) AS last_review, count(*) FILTER (WHERE x.late) AS late
          FROM (
            SELECT v.review_date,
                   v.review_date > CASE
                     WHEN ${cut} THEN coalesce(lag(v.review_date) OVER (ORDER BY v.review_date), ch.history_from - 1) + interval '6 months'
                     WHEN lag(v.review_date) OVER (ORDER BY v.review_date) IS NULL THEN ${first} + interval '3 months'
                     ELSE lag(v.review_date) OVER (ORDER BY v.review_date) + interval '6 months' END AS late
              FROM cp_review v
             WHERE v.la_code = p.la_code AND v.cp_plan_id = p.id AND v.review_date <= w.at
               AND (NOT ${cut} OR v.review_date >= ch.history_from)
          ) x
      ) rv ON true
     WHERE p.la_code = ${ctx.la}`;
  },
};

const ABUSE_CATEGORIES = [
  { code: 'NEG', label: 'Neglect' },
  { code: 'PHY', label: 'Physical abuse' },
  { code: 'SAB', label: 'Sexual abuse' },
  { code: 'EMO', label: 'Emotional abuse' },
  { code: 'MUL', label: 'Multiple' },
] as const;

export const cppByCategory = snapshotCount({
  id: 'cpp-by-category',
  title: 'Plans by category of abuse',
  family: FAMILY,
  polarity: 'N',
  categories: ABUSE_CATEGORIES,
  definition:
    'CP plans open at the reference date by LatestCategoryOfAbuse (neglect, physical, sexual, emotional, multiple).',
  ...OPEN_PLAN,
  columns: { category: 'p.latest_category' },
});

export const cppVisits10wd: RecordIndicator = {
  id: 'cpp-visits-10wd',
  title: 'Child protection visits within 10 working days',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'percent',
  distinct: true,
  definition:
    'Statutory practice (local timescale): children on a CP plan at the reference date seen at most 10 WD before it / children on ' +
    'a CP plan. A child whose plan started within the last 10 WD and who has not been seen since is left out: the first visit is not yet due.',
  rows: rowsOpenAt({
    ...OPEN_PLAN,
    join: `LEFT JOIN LATERAL (
        SELECT max(v.visit_date) AS last_seen FROM visit v
         WHERE v.la_code = p.la_code AND v.child_id = p.child_id AND v.seen AND v.visit_date <= w.at
      ) seen ON true`,
    columns: (ctx) => {
      const notYetDue = `${ctx.workingDays('p.start_date', 'w.at')} <= 10 AND (seen.last_seen IS NULL OR seen.last_seen < p.start_date)`;
      return {
        numerator: `seen.last_seen IS NOT NULL AND ${ctx.workingDays('seen.last_seen', 'w.at')} <= 10`,
        denominator: `NOT (${notYetDue})`,
        excluded: `CASE WHEN ${notYetDue} THEN 'plan started within 10 working days: first visit not yet due' END`,
        detail: `CASE WHEN seen.last_seen IS NULL THEN 'never seen' ELSE 'last seen ' || seen.last_seen || ', ' || ${ctx.workingDays('seen.last_seen', 'w.at')} || ' WD before' END`,
      };
    },
  }),
};

export const CHILD_PROTECTION: readonly RecordIndicator[] = [
  s47Enquiries,
  icpcTimeliness15wd,
  cppAtDate,
  cppRepeat,
  cpp2YearsEnding,
  cpp2YearsOpen,
  cppReviewsInTime,
  cppByCategory,
  cppVisits10wd,
];
