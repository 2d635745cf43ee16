/**
 * Youth justice (docs/INDICATORS.md "Youth justice"; Youth Justice Board key performance indicators and the
 * Ministry of Justice first-time-entrant and proven re-offending measures). Rates use the ONS 10-17
 * population. Young people are placed at team or worker level by their youth justice officer allocation.
 */
import type { RecordIndicator } from '../definition.ts';
import { rowsInPeriod } from '../builders.ts';
import { shiftDate } from './care-sql.ts';

const FAMILY = 'Youth justice';
const CUSTODY = "('detention_training_order', 'other_custody')";

/** Age in whole years on a date, in SQL. */
function ageAt(dateOfBirth: string, day: string): string {
  return `extract(year FROM age(${day}, ${dateOfBirth}))::int`;
}

/**
 * MoJ first time entrants: young people aged 10-17 receiving their first youth caution or conviction
 * (any outcome: cautions, discharges, orders, custody) in the period; rate per 100,000 aged 10-17.
 */
export const yjFirstTimeEntrants: RecordIndicator = {
  id: 'yj-first-time-entrants',
  title: 'First time entrants to the youth justice system',
  family: FAMILY,
  unit: 'count',
  polarity: 'L',
  kind: 'period',
  definition:
    'Young people aged 10-17 receiving their first caution or conviction (first recorded outcome) in the period; rate per 100,000 aged 10-17 (MoJ first time entrants).',
  source: 'records',
  aggregate: 'count',
  population: { ages: '10-17', per: 100_000 },
  allocation: 'yj_officer',
  rows: (ctx) => {
    const age = ageAt('ch.date_of_birth', 'f.outcome_date');
    return `SELECT ${ctx.columns({
      subject: 'f.child_id',
      record: 'f.id',
      levelDate: 'f.outcome_date',
      numerator: `${age} BETWEEN 10 AND 17`,
      denominator: `${age} BETWEEN 10 AND 17`,
      excluded: `CASE WHEN ${age} NOT BETWEEN 10 AND 17 THEN 'not aged 10-17 at the outcome' END`,
      category: 'f.outcome',
      detail: `f.outcome || ' on ' || f.outcome_date || ' (aged ' || ${age} || ')'`,
    })}
  FROM w
  JOIN (
    SELECT DISTINCT ON (o.child_id) o.id, o.child_id, o.outcome, o.outcome_date
      FROM yj_offence o WHERE o.la_code = ${ctx.la}
     ORDER BY o.child_id, o.outcome_date, o.id
  ) f ON ${ctx.inPeriod('f.outcome_date')}
  JOIN child ch ON ch.la_code = ${ctx.la} AND ch.id = f.child_id`;
  },
};

/**
 * MoJ proven re-offending (binary rate): the cohort is young people with a caution or conviction in the
 * period (their first outcome in it is the index); re-offenders committed a further offence within 12
 * months of that outcome which was proven. Evaluate a period at least 12 months back for a full picture.
 */
export const yjReoffending: RecordIndicator = {
  id: 'yj-reoffending',
  title: 'Proven re-offending',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'period',
  definition:
    'Young people cautioned or convicted in the period (cohort) who committed a further proven offence within 12 ' +
    'months of their first outcome in the period / the cohort (MoJ proven re-offending, binary measure).',
  source: 'records',
  aggregate: 'percent',
  allocation: 'yj_officer',
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 'i.child_id',
    record: 'i.id',
    levelDate: 'i.outcome_date',
    numerator: `EXISTS (SELECT 1 FROM yj_offence later
       WHERE later.la_code = ${ctx.la} AND later.child_id = i.child_id
         AND later.offence_date > i.outcome_date AND later.offence_date <= ${shiftDate('i.outcome_date', '12 months')})`,
    detail: `'index outcome ' || i.outcome || ' on ' || i.outcome_date`,
  })}
  FROM w
  CROSS JOIN LATERAL (
    SELECT DISTINCT ON (o.child_id) o.id, o.child_id, o.outcome, o.outcome_date
      FROM yj_offence o
     WHERE o.la_code = ${ctx.la} AND ${ctx.inPeriod('o.outcome_date')}
     ORDER BY o.child_id, o.outcome_date, o.id
  ) i`,
};

export const yjCustodyRate: RecordIndicator = {
  id: 'yj-custody-rate',
  title: 'Use of custody',
  family: FAMILY,
  unit: 'rate-per-1000',
  polarity: 'L',
  kind: 'period',
  definition:
    'Custodial sentences (detention and training orders and other custody) in the period per 1,000 young people aged 10-17 (YJB use of custody).',
  source: 'records',
  aggregate: 'population',
  population: { ages: '10-17', per: 1000 },
  allocation: 'yj_officer',
  rows: rowsInPeriod({
    from: 'yj_offence o',
    date: 'o.outcome_date',
    where: `o.outcome IN ${CUSTODY}`,
    columns: { category: 'o.outcome', detail: `o.outcome || ' on ' || o.outcome_date` },
  }),
};

/** Interventions ending in the window, judged on one end-of-intervention status column. */
function endingRows(column: 'ete_at_end' | 'accommodation_at_end'): RecordIndicator['rows'] {
  return rowsInPeriod({
    from: 'yj_intervention yi',
    date: 'yi.end_date',
    columns: {
      numerator: `yi.${column} = 'suitable'`,
      category: `coalesce(yi.${column}, 'unknown')`,
      detail: `'ended ' || yi.end_date || ': ' || coalesce(yi.${column}, 'not recorded')`,
    },
  });
}

export const yjEte: RecordIndicator = {
  id: 'yj-ete',
  title: 'Young offenders in suitable education, training or employment',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  definition:
    'Youth justice interventions ending in the period with the young person in suitable education, training or ' +
    'employment at the end / interventions ending in the period (YJB KPI); unknown stays in the denominator.',
  source: 'records',
  aggregate: 'percent',
  allocation: 'yj_officer',
  rows: endingRows('ete_at_end'),
};

export const yjAccommodation: RecordIndicator = {
  id: 'yj-accommodation',
  title: 'Young offenders in suitable accommodation',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  definition:
    'Youth justice interventions ending in the period with the young person in suitable accommodation at the end / interventions ending in the period (YJB KPI); unknown stays in the denominator.',
  source: 'records',
  aggregate: 'percent',
  allocation: 'yj_officer',
  rows: endingRows('accommodation_at_end'),
};

export const YOUTH_JUSTICE: readonly RecordIndicator[] = [
  yjFirstTimeEntrants,
  yjReoffending,
  yjCustodyRate,
  yjEte,
  yjAccommodation,
];
