/**
 * The DfE's published counterpart of each framework measure: which table, which rows and which column
 * (`COUNTERPARTS`, the framework's `dfe:` keys, listed in docs/FRAMEWORK.md), and the one a catalogue
 * measure takes by default. published.ts reads the figures they name.
 */
import type { CsvRow } from '../benchmarks/csv.ts';
import type { ParamValues } from '../indicators/definition.ts';

export interface Counterpart {
  /** The DfE table and measure, in words (Benchmarks.source). */
  source: string;
  file: string;
  match?: (row: CsvRow) => boolean;
  /** A published column, or a count column divided by the 0-17 population x 10,000. */
  column: string;
  per10k?: boolean;
  /**
   * Text every wanted row of a large file contains (its breakdown): only those lines are parsed, so a
   * scorecard does not parse 3 MB of care leavers' activity for one figure per council.
   */
  contains?: string;
}

const C1 = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const B1 = 'b1_children_in_need_2013_to_2025.csv';
const D3 = 'd3_cpps_subsequent_plan_2013_to_2025.csv';
const D5 = 'd5_cpps_at31march_by_duration_2013_to_2025.csv';
const CLA = 'cla_number_and_rate_per_10k_children.csv';
const STABILITY = 'la_cla_placement_stability.csv';
const ACTIVITY = 'la_care_leavers_activity.csv';
const ACCOMMODATION = 'la_care_leavers_accommodation_suitability.csv';
const OUTCOMES = 'la_conviction_health_outcome_cla.csv';
const CSWW = 'csww_indicators_2017_to_2025.csv';
export const POPULATION = 'ons_mid-year_population_estimates_2012_to_2024.csv';

const is =
  (column: string, value: string) =>
  (row: CsvRow): boolean =>
    row[column] === value;
const both =
  (a: (r: CsvRow) => boolean, b: (r: CsvRow) => boolean) =>
  (row: CsvRow): boolean =>
    a(row) && b(row);

function leavers(file: string, ages: string, breakdown: string, what: string): Counterpart {
  return {
    source: `DfE care leavers (${file}): aged ${ages}, ${what}, %`,
    file,
    column: 'care_leaver_percent',
    contains: breakdown,
    match: both(is('care_leaver_age', `${ages.replace('-', ' to ')} years`), is('breakdown', breakdown)),
  };
}

/** Every counterpart by its key (the framework's `dfe:` field; docs/FRAMEWORK.md lists them). */
export const COUNTERPARTS: Readonly<Record<string, Counterpart>> = {
  'referral-rate': {
    source: 'DfE C1: referrals per 10,000 children aged 0-17',
    file: C1,
    column: 'referral_count',
    per10k: true,
  },
  'rereferral-pct': { source: 'DfE C1: re-referrals within 12 months, %', file: C1, column: 'rereferral_percent' },
  'cin-rate': {
    source: 'DfE B1: children in need at 31 March per 10,000',
    file: B1,
    column: 'At31_episodes',
    per10k: true,
  },
  'cpp-rate': {
    source: 'DfE D5: children on a child protection plan at 31 March per 10,000',
    file: D5,
    column: 'CPP_At31',
    per10k: true,
  },
  'cpp-repeat-pct': {
    source: 'DfE D3: plans starting that were a second or subsequent plan (ever), %',
    file: D3,
    column: 'CPP_subsequent_percent',
  },
  'cpp-2-years-open-pct': {
    source: 'DfE D5: plans open at 31 March lasting 2 years or more, %',
    file: D5,
    column: '2_years_or_more_percent',
  },
  'cla-rate': {
    source: 'DfE children looked after at 31 March per 10,000',
    file: CLA,
    column: 'rate_per_10000',
    match: is('population_type', 'Children looked after on 31 March each year'),
  },
  'cla-start-rate': {
    source: 'DfE children starting to be looked after per 10,000',
    file: CLA,
    column: 'rate_per_10000',
    match: is('population_type', 'Children starting to be looked after each year'),
  },
  'stability-short-pct': {
    source: 'DfE placement stability: looked after at 31 March with 3 or more placements in the year, %',
    file: STABILITY,
    column: 'children_percent',
    contains: 'Living with the same carer for at least 2 years',
    match: both(
      is('cla_group', 'CLA on 31 March'),
      is('placement_stability', 'With 3 or more placements during the year'),
    ),
  },
  'stability-long-pct': {
    source: 'DfE placement stability: under 16s looked after 2.5 years or more, with the same carer 2 years, %',
    file: STABILITY,
    column: 'children_percent',
    contains: 'Living with the same carer for at least 2 years',
    match: both(
      is('cla_group', 'Children looked after continuously for at least 2.5 years on 31 March aged under 16 years'),
      is('placement_stability', 'Living with the same carer for at least 2 years'),
    ),
  },
  'leavers-eet-19-21': leavers(
    ACTIVITY,
    '19-21',
    'Total in education, employment or training',
    'in education, employment or training',
  ),
  'leavers-eet-17-18': leavers(
    ACTIVITY,
    '17-18',
    'Total in education, employment or training',
    'in education, employment or training',
  ),
  'leavers-accommodation-19-21': leavers(
    ACCOMMODATION,
    '19-21',
    'Accommodation considered suitable',
    'in suitable accommodation',
  ),
  'leavers-accommodation-17-18': leavers(
    ACCOMMODATION,
    '17-18',
    'Accommodation considered suitable',
    'in suitable accommodation',
  ),
  'cla-convicted-pct': {
    source: 'DfE OC2: looked after 12 months, aged 10-17, convicted or cautioned in the year, %',
    file: OUTCOMES,
    column: 'children_percent',
    contains: 'Convicted or subject to youth cautions',
    match: both(
      is('characteristic', 'Convictions: Children looked after Ages 10 to 17 years'),
      is('breakdown', 'Convicted or subject to youth cautions, or youth conditional cautions during the year'),
    ),
  },
  'cla-health-assessment-pct': {
    source: 'DfE OC2: looked after 12 months who had their annual health assessment, %',
    file: OUTCOMES,
    column: 'children_percent',
    match: both(
      is('characteristic', 'Health assessments: Children looked after all ages'),
      is('breakdown', 'Had their annual health assessment'),
    ),
  },
  'caseload-fte': {
    source: "DfE children's social work workforce: cases per case-holding social worker FTE (30 September)",
    file: CSWW,
    column: 'caseload_fte',
  },
  'agency-rate': {
    source: "DfE children's social work workforce: agency worker rate (FTE), %",
    file: CSWW,
    column: 'agency_rate_fte',
  },
};

/** The counterpart the catalogue's measure has by default (framework files may name another, or none). */
export function defaultCounterpart(indicatorId: string, params: ParamValues): string | null {
  const ages = params.ages ?? '19-21';
  switch (indicatorId) {
    case 'referrals':
      return 'referral-rate';
    case 're-referrals-12m':
      return 'rereferral-pct';
    case 'cin-at-date':
      return 'cin-rate';
    case 'cpp-at-date':
      return 'cpp-rate';
    case 'cpp-repeat':
      return (params.within ?? 'ever') === 'ever' ? 'cpp-repeat-pct' : null;
    case 'cpp-2-years-open':
      return 'cpp-2-years-open-pct';
    case 'cla-at-date':
      return 'cla-rate';
    case 'placement-stability-short':
      return 'stability-short-pct';
    case 'placement-stability-long':
      return 'stability-long-pct';
    case 'care-leavers-eet':
      return ages === '16-21' ? null : `leavers-eet-${ages}`;
    case 'care-leavers-accommodation':
      return ages === '16-21' ? null : `leavers-accommodation-${ages}`;
    case 'cla-offended':
      return 'cla-convicted-pct';
    case 'cla-health-checks':
      return (params.part ?? 'both') === 'health-assessment' ? 'cla-health-assessment-pct' : null;
    case 'caseload-sw':
      return 'caseload-fte';
    case 'agency-rate':
      return 'agency-rate';
    default:
      return null;
  }
}
