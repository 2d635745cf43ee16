/**
 * Generates a synthetic council in memory: every table of the record model for the children who came
 * to notice in the requested years, calibrated to England's published figures (or one council's). The
 * same options and seed always give the same rows.
 */
import { base, en, en_GB, Faker } from '@faker-js/faker';
import {
  benchmarkFigures,
  findCouncilInfo,
  latestPublishedYear,
  type Figures,
  type FiguresWithSources,
} from '../benchmarks/figures.ts';
import { collectionYearOf } from '../calendar/periods.ts';
import { dayNumber } from '../calendar/dates.ts';
import { Random, RoundRobin, Share } from './random.ts';
import { simParams } from './params.ts';
import { emptyTables, iso, TABLE_ORDER, type Tables } from './model.ts';
import type { SimContext } from './context.ts';
import { recognisedLaCode } from './identity.ts';
import { postcodeCouncil, postcodePools } from './postcodes.ts';
import { simulate } from './simulate.ts';
import { finish } from './finish.ts';
import { councilRows, makeHomes, type CouncilIdentity } from './extras.ts';
import { practiceRecords } from './practice-records.ts';
import { birthday } from './dates.ts';

export const FICTIONAL_COUNCIL: CouncilIdentity = {
  laCode: '990',
  newLaCode: 'E06999990',
  name: 'Kestrel Synthetic Borough',
  region: 'North East',
};

import { MAX_POPULATION, MAX_YEARS, MIN_POPULATION } from './limits.ts';

/** Simulated years before the first requested year, so that long stays in care are in a steady state. */
const BURN_IN_YEARS = 18;

export interface SynthOptions {
  /** Children aged 0-17 (the rate denominators); default the council's own with `like`, else 20,000. */
  population?: number;
  years?: number;
  seed?: number | string;
  /** Three-digit code for the fictional council (default 990). */
  la?: string;
  /** Calibrate to this real council's published figures and take its name, codes and population. */
  like?: string;
  /** Collection year of the figures to calibrate to (default: the latest published up to the reference date). */
  year?: number;
  /** Reference date, YYYY-MM-DD (default: the last 31 March before today). */
  to?: string;
}

export interface ResolvedOptions {
  identity: CouncilIdentity;
  population: number;
  years: number;
  seed: number | string;
  to: string;
  like?: string | undefined;
  calibration: FiguresWithSources;
}

/** A problem with the options, for one line at the terminal. */
export class SynthOptionError extends Error {
  override name = 'SynthOptionError';
  readonly userFacing = true;
}

export function lastMarch31Before(today: string): string {
  const year = Number(today.slice(0, 4));
  const candidate = `${year}-03-31`;
  return candidate < today ? candidate : `${year - 1}-03-31`;
}

/** Checks the options and fills in defaults; throws SynthOptionError with one clear sentence. */
export function resolveOptions(options: SynthOptions, today = new Date().toISOString().slice(0, 10)): ResolvedOptions {
  const years = options.years ?? 6;
  if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS)
    throw new SynthOptionError(`--years must be a whole number from 1 to ${MAX_YEARS}, got ${options.years}`);
  const to = options.to ?? lastMarch31Before(today);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) throw new SynthOptionError(`--to must be a date as YYYY-MM-DD, got "${to}"`);
  let identity = FICTIONAL_COUNCIL;
  let population = options.population;
  if (options.like !== undefined) {
    const info = findCouncilInfo(options.like);
    if (!info)
      throw new SynthOptionError(
        `--like ${options.like}: no council with that DfE code in the published figures (e.g. 929 is Northumberland)`,
      );
    identity = { laCode: info.laCode, newLaCode: info.newLaCode, name: info.name, region: info.region };
    population ??= info.population;
  } else if (options.la !== undefined) {
    if (!/^\d{3}$/.test(options.la)) throw new SynthOptionError(`--la must be a three-digit code, got "${options.la}"`);
    if (options.la !== FICTIONAL_COUNCIL.laCode && findCouncilInfo(options.la)) {
      throw new SynthOptionError(
        `--la ${options.la} is a real council's code; use --like ${options.la} to imitate it, or a code no council uses`,
      );
    }
    identity = { ...FICTIONAL_COUNCIL, laCode: options.la, newLaCode: `E06999${options.la}` };
  }
  population ??= 20000;
  if (!Number.isInteger(population) || population < MIN_POPULATION || population > MAX_POPULATION) {
    throw new SynthOptionError(
      `--population must be a whole number of children aged 0-17 from ${MIN_POPULATION.toLocaleString('en-GB')} to ${MAX_POPULATION.toLocaleString('en-GB')}, got ${population}`,
    );
  }
  const year = options.year ?? Math.min(latestPublishedYear(), collectionYearOf(to));
  if (!Number.isInteger(year) || year < 2013 || year > latestPublishedYear())
    throw new SynthOptionError(
      `--year must be a collection year from 2013 to ${latestPublishedYear()}, got ${options.year}`,
    );
  const calibration = benchmarkFigures(options.like ?? 'england', year);
  return { identity, population, years, seed: options.seed ?? 1, to, like: options.like, calibration };
}

export interface GeneratedCouncil {
  options: ResolvedOptions;
  tables: Tables;
  /** First day of the requested years and the reference date. */
  from: string;
  to: string;
  children: number;
}

/** Progress callback: steps done of total, and what is happening (the CLI's progress bar takes it). */
export type Progress = (done: number, total: number, label?: string) => void;

function makeContext(
  resolved: ResolvedOptions,
  figures: Figures,
  population: number,
  seed: number | string,
): SimContext {
  const random = new Random(`${seed}|${resolved.identity.laCode}|${population}`);
  // The locales fakerEN_GB is made of, in a faker of this council's own.
  const faker = new Faker({ locale: [en_GB, en, base] });
  faker.seed(random.seed32());
  const end = dayNumber(resolved.to);
  const windowStart = birthday(end, -resolved.years) + 1; // the day after the same date `years` earlier
  const ctx: SimContext = {
    random,
    faker,
    params: simParams(figures, population),
    laCode: resolved.identity.laCode,
    recognisedLaCode: recognisedLaCode(resolved.identity.laCode),
    postcodes: postcodePools(postcodeCouncil(resolved.identity.laCode, resolved.like !== undefined)),
    start: windowStart - Math.round(BURN_IN_YEARS * 365.25),
    windowStart,
    end,
    kids: [],
    pendingPeriods: [],
    nextChildNo: 0,
    nextCarerNo: 0,
    routes: new RoundRobin<string>(),
    counts: {
      referrals: 0,
      reReferrals: 0,
      plans: 0,
      repeatPlans: 0,
      longPlans: 0,
      careStarts: 0,
      expectedPlans: 0,
      expectedCareStarts: 0,
      events: {},
      kids: {},
    },
    unbornRoutes: new RoundRobin<string>(),
    shares: Object.fromEntries(
      ['reReferral', 'repeatCp', 'cpLong', 'cpToCare', 'eet', 'accommodation', 'unborn', 'careReentry'].map((k) => [
        k,
        new Share(random),
      ]),
    ) as SimContext['shares'],
    nextFamilyNo: 0,
    homes: [],
    tables: emptyTables(),
    pools: { recent: [], priorCp: [], priorCare: [], older: [] },
  };
  ctx.homes = makeHomes(ctx);
  return ctx;
}

/** Generates the council in memory. */
export function generateCouncil(options: SynthOptions, onProgress?: Progress): GeneratedCouncil {
  const resolved = resolveOptions(options);
  const figures = resolved.calibration.figures;
  onProgress?.(0, 3, 'simulating');
  const ctx = makeContext(resolved, figures, resolved.population, resolved.seed);
  simulate(ctx);
  onProgress?.(1, 3, 'allocating');
  const tables = ctx.tables;
  const { kept, workforce } = finish(ctx, tables);
  councilRows(ctx, tables, resolved.identity, workforce, kept);
  practiceRecords(ctx, tables);
  onProgress?.(2, 3, 'generated');
  return { options: resolved, tables, from: iso(ctx.windowStart), to: resolved.to, children: kept.length };
}

export function rowCounts(tables: Tables): Record<string, number> {
  return Object.fromEntries(TABLE_ORDER.map((name) => [name, tables[name].length]));
}
