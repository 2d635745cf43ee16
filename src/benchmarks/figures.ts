/**
 * Published figures for one area (England, or one council by its three-digit DfE code) and one
 * collection year (the year of the 31 March that ends it). Each figure falls back, in order, to the
 * same area's nearest published year, then England's figure for the year, then England's nearest year,
 * and says which it used: small councils' figures are often suppressed, and the tables start in
 * different years (children looked after from 2021, children in need from 2013).
 */
import { figure, readDfeTable, type CsvRow } from './csv.ts';

export type Area = 'england' | string;

export interface Figures {
  /** Referrals in the year per 10,000 children aged 0-17 (DfE C1). */
  referralRate: number;
  /** Referrals within 12 months of a previous referral, % of referrals (C1). */
  reReferralPct: number;
  /** Children in need at 31 March per 10,000 (B1, episodes open at 31 March). */
  cinRate: number;
  /** Section 47 enquiries starting in the year per 10,000 (C4; see s47Rate below). */
  s47Rate: number;
  /** Child protection plans starting in the year per 10,000 (D3). */
  cpStartRate: number;
  /** Children on a child protection plan at 31 March per 10,000 (D5). */
  cpRate: number;
  /** Plans starting that were a second or subsequent plan, % (D3). */
  repeatCppPct: number;
  /** Plans open at 31 March that had lasted 2 years or more, % (D5). */
  cpp2YearsPct: number;
  /** Children looked after at 31 March per 10,000 (CLA rate table; excludes V3/V4 short breaks). */
  claRate: number;
  /** Children starting to be looked after in the year per 10,000. */
  claStartRate: number;
  /** Children ceasing to be looked after in the year per 10,000. */
  claCeasedRate: number;
  /** Children looked after at 31 March with 3 or more placements in the year, %. */
  stabilityShortPct: number;
  /** Care leavers aged 19-21 in education, employment or training, %. */
  leaversEetPct: number;
  /** Care leavers aged 19-21 in suitable accommodation, %. */
  leaversAccomPct: number;
  /** Cases per case-holding social worker FTE (CSWW, 30 September). */
  caseloadPerFte: number;
}

export type Measure = keyof Figures;

export interface FiguresWithSources {
  area: Area;
  year: number;
  figures: Figures;
  /** Where each figure came from, e.g. "929 2017" or "England 2021". */
  sources: Record<Measure, string>;
}

const POPULATION_FILE = 'ons_mid-year_population_estimates_2012_to_2024.csv';

const indexes = new Map<string, Map<string, CsvRow[]>>();

function areaKey(row: CsvRow): string | undefined {
  if (row.geographic_level === 'National') return 'england';
  return row.geographic_level === 'Local authority' ? row.old_la_code : undefined;
}

/** The file's rows for one area and year, through an index built once per file. */
function rowsFor(file: string, area: Area, year: number, match: (row: CsvRow) => boolean = () => true): CsvRow[] {
  let index = indexes.get(file);
  if (!index) {
    index = new Map();
    for (const row of readDfeTable(file)) {
      const key = areaKey(row);
      if (key === undefined) continue;
      const k = `${key}|${row.time_period}`;
      const list = index.get(k);
      if (list) list.push(row);
      else index.set(k, [row]);
    }
    indexes.set(file, index);
  }
  return (index.get(`${area}|${year}`) ?? []).filter(match);
}

/** ONS mid-year estimate of children aged 0-17 for a calendar year, or undefined. */
export function populationInYear(area: Area, year: number): number | undefined {
  return figure(rowsFor(POPULATION_FILE, area, year)[0]?.population_estimate);
}

/**
 * The 0-17 population that is the denominator of collection year `year`'s rates: the mid-year estimate
 * of the year before (DfE uses mid-2024 for 2024-25), or the nearest year published.
 */
export function rateDenominator(area: Area, year: number): number | undefined {
  for (let distance = 0; distance <= 15; distance++) {
    for (const y of [year - 1 - distance, year - 1 + distance]) {
      const pop = populationInYear(area, y);
      if (pop !== undefined) return pop;
    }
  }
  return undefined;
}

function perTenThousand(count: number | undefined, area: Area, year: number): number | undefined {
  const pop = rateDenominator(area, year);
  return count === undefined || pop === undefined ? undefined : (count / pop) * 10000;
}

function firstFigure(
  file: string,
  column: string,
  area: Area,
  year: number,
  match?: (row: CsvRow) => boolean,
): number | undefined {
  return figure(rowsFor(file, area, year, match)[0]?.[column]);
}

const C1 = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const B1 = 'b1_children_in_need_2013_to_2025.csv';
const D3 = 'd3_cpps_subsequent_plan_2013_to_2025.csv';
const D5 = 'd5_cpps_at31march_by_duration_2013_to_2025.csv';
const CLA = 'cla_number_and_rate_per_10k_children.csv';
const STABILITY = 'la_cla_placement_stability.csv';
const ACTIVITY = 'la_care_leavers_activity.csv';
const ACCOMMODATION = 'la_care_leavers_accommodation_suitability.csv';
const CSWW = 'csww_indicators_2017_to_2025.csv';

function claCount(populationType: string) {
  return (area: Area, year: number) => {
    const row = rowsFor(CLA, area, year, (r) => r.population_type === populationType)[0];
    const count = figure(row?.children_count);
    const pop = figure(row?.population_estimate);
    return count !== undefined && pop ? (count / pop) * 10000 : undefined;
  };
}

/**
 * England's section 47 enquiries have run at about a third of referrals in recent years (DfE C4); C4 is
 * not among the files in data/dfe, so the S47 rate is derived from the area's referral rate.
 */
export const S47_PER_REFERRAL = 0.33;

const READERS: Record<Exclude<Measure, 's47Rate'>, (area: Area, year: number) => number | undefined> = {
  referralRate: (area, year) => perTenThousand(firstFigure(C1, 'referral_count', area, year), area, year),
  reReferralPct: (area, year) => firstFigure(C1, 'rereferral_percent', area, year),
  cinRate: (area, year) => perTenThousand(firstFigure(B1, 'At31_episodes', area, year), area, year),
  cpStartRate: (area, year) => perTenThousand(firstFigure(D3, 'CPP_start', area, year), area, year),
  cpRate: (area, year) => perTenThousand(firstFigure(D5, 'CPP_At31', area, year), area, year),
  repeatCppPct: (area, year) => firstFigure(D3, 'CPP_subsequent_percent', area, year),
  cpp2YearsPct: (area, year) => firstFigure(D5, '2_years_or_more_percent', area, year),
  claRate: claCount('Children looked after on 31 March each year'),
  claStartRate: claCount('Children starting to be looked after each year'),
  claCeasedRate: claCount('Children ceasing to be looked after each year'),
  stabilityShortPct: (area, year) =>
    firstFigure(
      STABILITY,
      'children_percent',
      area,
      year,
      (r) => r.cla_group === 'CLA on 31 March' && r.placement_stability === 'With 3 or more placements during the year',
    ),
  leaversEetPct: (area, year) =>
    firstFigure(
      ACTIVITY,
      'care_leaver_percent',
      area,
      year,
      (r) => r.care_leaver_age === '19 to 21 years' && r.breakdown === 'Total in education, employment or training',
    ),
  leaversAccomPct: (area, year) =>
    firstFigure(
      ACCOMMODATION,
      'care_leaver_percent',
      area,
      year,
      (r) => r.care_leaver_age === '19 to 21 years' && r.breakdown === 'Accommodation considered suitable',
    ),
  caseloadPerFte: (area, year) => firstFigure(CSWW, 'caseload_fte', area, year),
};

/** The area's figure for the year or its nearest published year (within 15 years). */
function nearest(
  read: (area: Area, year: number) => number | undefined,
  area: Area,
  year: number,
): { value: number; year: number } | undefined {
  for (let distance = 0; distance <= 15; distance++) {
    for (const y of distance === 0 ? [year] : [year - distance, year + distance]) {
      const value = read(area, y);
      if (value !== undefined) return { value, year: y };
    }
  }
  return undefined;
}

function label(area: Area): string {
  return area === 'england' ? 'England' : area;
}

/** Every calibration figure for the area and collection year, with fallbacks and their sources. */
export function benchmarkFigures(area: Area, year: number): FiguresWithSources {
  const figures = {} as Figures;
  const sources = {} as Record<Measure, string>;
  for (const [measure, read] of Object.entries(READERS) as [
    Exclude<Measure, 's47Rate'>,
    (a: Area, y: number) => number | undefined,
  ][]) {
    const found = nearest(read, area, year) ?? (area === 'england' ? undefined : nearest(read, 'england', year));
    if (!found) throw new Error(`No published figure for ${measure} near ${year}`);
    const fromArea =
      area !== 'england' && nearest(read, area, year)?.year === found.year && read(area, found.year) === found.value;
    figures[measure] = found.value;
    sources[measure] = `${fromArea ? label(area) : 'England'} ${found.year}`;
  }
  figures.s47Rate = figures.referralRate * S47_PER_REFERRAL;
  sources.s47Rate = `${sources.referralRate} referrals x ${S47_PER_REFERRAL}`;
  return { area, year, figures, sources };
}

export interface CouncilInfo {
  laCode: string;
  newLaCode: string;
  name: string;
  region: string;
  /** Latest published 0-17 population and its year. */
  population: number;
  populationYear: number;
}

/** A real council by its three-digit DfE code, from the ONS population table; undefined if unknown. */
export function findCouncilInfo(laCode: string): CouncilInfo | undefined {
  const rows = readDfeTable(POPULATION_FILE).filter(
    (row) => row.geographic_level === 'Local authority' && row.old_la_code === laCode,
  );
  const latest = rows.sort((a, b) => Number(b.time_period) - Number(a.time_period))[0];
  const population = figure(latest?.population_estimate);
  if (!latest || population === undefined) return undefined;
  return {
    laCode,
    newLaCode: latest.new_la_code ?? '',
    name: latest.la_name ?? laCode,
    region: latest.region_name ?? '',
    population,
    populationYear: Number(latest.time_period),
  };
}

/** The latest collection year any calibration table publishes (children looked after and CIN: 2025). */
export function latestPublishedYear(): number {
  return Math.max(...readDfeTable(C1).map((row) => Number(row.time_period)));
}
