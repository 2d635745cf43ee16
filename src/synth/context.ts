/** The state shared by every part of one council's generation. */
import type { Faker } from '@faker-js/faker';
import type { Random, RoundRobin, Share } from './random.ts';
import type { SimParams } from './params.ts';
import type { Kid, Tables } from './model.ts';

export interface Home {
  id: string;
  urn: string;
  secure: boolean;
  postcode: string;
}

export interface SimContext {
  random: Random;
  faker: Faker;
  params: SimParams;
  laCode: string;
  /** Postcode areas the council's families live in. */
  areas: string[];
  /** First simulated day (the burn-in before the window starts). */
  start: number;
  /** First day of the requested years of history. */
  windowStart: number;
  /** The reference date: nothing is recorded after it. */
  end: number;
  kids: Kid[];
  nextChildNo: number;
  nextFamilyNo: number;
  homes: Home[];
  /** Council-level rows (not belonging to one child). */
  tables: Tables;
  /** Even spreads of the calibrated proportions (see Share). */
  shares: Record<'reReferral' | 'repeatCp' | 'cpLong' | 'cpToCare' | 'eet' | 'accommodation' | 'unborn' | 'careReentry', Share>;
  routes: RoundRobin<string>;
  /** Children free for a new referral, by what they have had before (drawn from lazily). */
  pools: {
    recent: Kid[];
    priorCp: Kid[];
    priorCare: Kid[];
    older: Kid[];
  };
}
