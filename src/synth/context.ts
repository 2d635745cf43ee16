/** The state shared by every part of one council's generation. */
import type { Faker } from '@faker-js/faker';
import type { Random, RoundRobin, Share } from './random.ts';
import type { SimParams } from './params.ts';
import type { Kid, Tables } from './model.ts';
import type { PendingPeriod } from './care-model.ts';
import type { PostcodePools } from './postcodes.ts';

export interface Home {
  id: string;
  urn: string;
  secure: boolean;
  postcode: string;
}

export interface SimContext {
  random: Random;
  /** This council's own faker (en_GB names), seeded from `random`: never the shared global one, so councils can be made side by side. */
  faker: Faker;
  params: SimParams;
  laCode: string;
  /** A recognised DfE LA code for UPNs and previous permanence orders: the council's own, or a real one for a fictional council (identity.ts). */
  recognisedLaCode: string;
  /** Real postcodes for the council's families and placements (postcodes.ts). */
  postcodes: PostcodePools;
  /** First simulated day (the burn-in before the window starts). */
  start: number;
  /** First day of the requested years of history. */
  windowStart: number;
  /** The reference date: nothing is recorded after it. */
  end: number;
  kids: Kid[];
  /** Periods of care waiting to be written (after the placement stability pass). */
  pendingPeriods: PendingPeriod[];
  nextChildNo: number;
  nextFamilyNo: number;
  /** Foster carer households made so far (placements.ts numbers them from this council's own count). */
  nextCarerNo: number;
  homes: Home[];
  /** Council-level rows (not belonging to one child). */
  tables: Tables;
  /** Even spreads of the calibrated proportions (see Share). */
  shares: Record<
    'reReferral' | 'repeatCp' | 'cpLong' | 'cpToCare' | 'eet' | 'accommodation' | 'unborn' | 'careReentry',
    Share
  >;
  routes: RoundRobin<string>;
  /**
   * Running (decaying) counts behind the calibrated proportions, so the simulation can steer them:
   * referrals and those within 12 months of the last, plan starts and repeats, children per event by route.
   */
  counts: {
    referrals: number;
    reReferrals: number;
    plans: number;
    repeatPlans: number;
    longPlans: number;
    careStarts: number;
    expectedPlans: number;
    expectedCareStarts: number;
    events: Record<string, number>;
    kids: Record<string, number>;
  };
  unbornRoutes: RoundRobin<string>;
  /** Children free for a new referral, by what they have had before (drawn from lazily). */
  pools: {
    recent: Kid[];
    priorCp: Kid[];
    priorCare: Kid[];
    older: Kid[];
  };
}
