/**
 * Where a looked-after child lives: the placement type, provider, carer household, Ofsted URN, postcode
 * and weekly cost of each placement, chosen by age and care plan. Codes valid only in some collection
 * years (H5 and P2 until 2023-24, K3 from 2024-25) follow the placement's start date.
 */
import type { SimContext } from './context.ts';
import { placementPostcode } from './postcodes.ts';
import type { Placement } from './care-model.ts';

/** Collection year 2024-25 begins on 1 April 2024: supported accommodation K3 replaces H5 and P2. */
const SUPPORTED_ACCOMMODATION_FROM = 19814; // 2024-04-01

function newCarer(ctx: SimContext): string {
  ctx.nextCarerNo += 1;
  return `${ctx.laCode}FC${String(ctx.nextCarerNo).padStart(6, '0')}`;
}

function privateUrn(ctx: SimContext): string {
  return `SC${String(ctx.random.int(100000, 999999))}`;
}

/**
 * Ofsted URNs of the services behind family placements (rule 218: every placement type with a registered
 * provider needs one): the council's own fostering service and adoption agency, or one of a handful of
 * independent fostering and voluntary adoption agencies, chosen by carer so each household keeps one.
 */
function fosteringUrn(ctx: SimContext, provider: string, carer: string | null): string {
  return provider === 'PR1' ? `SC${ctx.laCode}001` : `SC${String(700100 + (carerNumber(carer) % 9))}`;
}

function adoptionUrn(ctx: SimContext, provider: string, carer: string | null): string {
  return provider === 'PR1' ? `SC${ctx.laCode}002` : `SC${String(700200 + (carerNumber(carer) % 5))}`;
}

function carerNumber(carer: string | null): number {
  return Number(carer?.slice(-6) ?? 0);
}

function locate(ctx: SimContext, inAreaChance: number): { postcode: string; inArea: boolean } {
  const inArea = ctx.random.chance(inAreaChance);
  return { postcode: placementPostcode(ctx.random, ctx.postcodes, inArea), inArea };
}

export type PlacementKind =
  | 'foster'
  | 'kinship'
  | 'residential'
  | 'secure'
  | 'supported'
  | 'parents'
  | 'mother_baby'
  | 'long_term_foster'
  | 'adoption'
  | 'custody'
  | 'residential_school';

/** A new placement of the given kind starting on `start` (end filled in later). */
export function makePlacement(ctx: SimContext, kind: PlacementKind, start: number, previous?: Placement): Placement {
  const { random } = ctx;
  const base = {
    start,
    end: start,
    carer: null as string | null,
    urn: null as string | null,
    homeId: null as string | null,
  };
  switch (kind) {
    case 'foster': {
      const own = random.chance(0.62);
      const carer = newCarer(ctx);
      return {
        ...base,
        type: 'U6',
        provider: own ? 'PR1' : 'PR4',
        carer,
        urn: fosteringUrn(ctx, own ? 'PR1' : 'PR4', carer),
        ...locate(ctx, own ? 0.85 : 0.55),
        weeklyCost: own ? 420 + random.int(0, 120) : 900 + random.int(0, 300),
      };
    }
    case 'kinship': {
      const carer = newCarer(ctx);
      return {
        ...base,
        type: 'U3',
        provider: 'PR1',
        carer,
        urn: fosteringUrn(ctx, 'PR1', carer),
        ...locate(ctx, 0.7),
        weeklyCost: 250 + random.int(0, 80),
      };
    }
    case 'long_term_foster': {
      if (previous && (previous.type === 'U6' || previous.type === 'U3')) {
        return {
          ...previous,
          start,
          end: start,
          type: previous.type === 'U3' ? 'U1' : 'U4',
          sameCarer: true,
          reason: 'PLACE',
        };
      }
      const own = random.chance(0.6);
      const carer = newCarer(ctx);
      return {
        ...base,
        type: 'U4',
        provider: own ? 'PR1' : 'PR4',
        carer,
        urn: fosteringUrn(ctx, own ? 'PR1' : 'PR4', carer),
        ...locate(ctx, 0.7),
        weeklyCost: own ? 450 : 950,
      };
    }
    case 'adoption': {
      // Placed for adoption with the current foster carers (fostering for adoption) or with new adopters.
      if (previous && previous.carer && random.chance(0.3)) {
        return {
          ...previous,
          start,
          end: start,
          type: 'A5',
          provider: 'PR1',
          urn: adoptionUrn(ctx, 'PR1', previous.carer),
          weeklyCost: 0,
          sameCarer: true,
          reason: 'CARPL',
        };
      }
      const provider = random.chance(0.7) ? 'PR1' : 'PR5';
      const carer = newCarer(ctx);
      return {
        ...base,
        type: 'A6',
        provider,
        carer,
        urn: adoptionUrn(ctx, provider, carer),
        ...locate(ctx, 0.5),
        weeklyCost: 0,
      };
    }
    case 'residential': {
      const home = ctx.homes.filter((h) => !h.secure);
      if (home.length && random.chance(0.3)) {
        const h = random.pick(home);
        return {
          ...base,
          type: 'K2',
          provider: 'PR1',
          urn: h.urn,
          homeId: h.id,
          postcode: h.postcode,
          inArea: true,
          weeklyCost: 4200 + random.int(0, 800),
        };
      }
      return {
        ...base,
        type: 'K2',
        provider: 'PR4',
        urn: privateUrn(ctx),
        ...locate(ctx, 0.35),
        weeklyCost: 5500 + random.int(0, 3000),
      };
    }
    case 'secure': {
      const secure = ctx.homes.find((h) => h.secure);
      if (secure && random.chance(0.5))
        return {
          ...base,
          type: 'K1',
          provider: 'PR1',
          urn: secure.urn,
          homeId: secure.id,
          postcode: secure.postcode,
          inArea: true,
          weeklyCost: 8000,
        };
      return {
        ...base,
        type: 'K1',
        provider: 'PR2',
        urn: privateUrn(ctx),
        ...locate(ctx, 0.1),
        weeklyCost: 8500 + random.int(0, 2000),
      };
    }
    case 'supported': {
      const type = start >= SUPPORTED_ACCOMMODATION_FROM ? 'K3' : 'H5';
      // Supported accommodation is Ofsted-registered from 28 October 2023 (rule 230): every provider has a URN.
      // The council's own (PR1) is in its own area (rule 1015 until 2024-25); of the rest a little under half.
      const own = random.chance(0.3);
      return {
        ...base,
        type,
        provider: own ? 'PR1' : 'PR4',
        urn: privateUrn(ctx),
        ...locate(ctx, own ? 1 : 0.45),
        weeklyCost: 1200 + random.int(0, 900),
      };
    }
    case 'parents':
      return { ...base, type: 'P1', provider: 'PR0', ...locate(ctx, 0.9), weeklyCost: 0 };
    case 'mother_baby':
      return { ...base, type: 'R3', provider: 'PR4', urn: privateUrn(ctx), ...locate(ctx, 0.4), weeklyCost: 3500 };
    case 'custody':
      return { ...base, type: 'R5', provider: 'PR3', ...locate(ctx, 0.2), weeklyCost: 0 };
    case 'residential_school':
      return { ...base, type: 'S1', provider: 'PR5', urn: privateUrn(ctx), ...locate(ctx, 0.2), weeklyCost: 4500 };
  }
}

/**
 * H5 (semi-independent living) ended with 2023-24: a supported placement still open on 1 April 2024 is
 * K3 from 31 March 2024 with the same provider, a change of placement type only (RNE T), so the 2024-25
 * return holds no H5 code (rule 146). The one-day K3 episode in the 2023-24 return is the price: an
 * episode ending 1 April would put H5 in 2024-25 instead.
 */
export function splitSupportedAccommodation(placements: Placement[]): Placement[] {
  return placements.flatMap((p) => {
    const change = SUPPORTED_ACCOMMODATION_FROM - 1;
    if (p.type !== 'H5' || p.start > change || p.end <= change) return [p];
    if (p.start === change) return [{ ...p, type: 'K3' }];
    return [
      { ...p, end: change },
      { ...p, start: change, type: 'K3', sameCarer: true, reason: 'PLACE' },
    ];
  });
}

/** The first placement's kind for a child of `age` starting care by `route`. */
export function firstPlacementKind(ctx: SimContext, age: number, uasc: boolean): PlacementKind {
  const { random } = ctx;
  if (uasc) return age >= 16 && random.chance(0.6) ? 'supported' : 'foster';
  if (age < 0.1 && random.chance(0.12)) return 'mother_baby';
  if (age < 11)
    return random.weighted([
      ['foster', 72],
      ['kinship', 20],
      ['parents', 6],
      ['residential', 2],
    ]);
  if (age < 16)
    return random.weighted([
      ['foster', 62],
      ['kinship', 12],
      ['residential', 20],
      ['parents', 3],
      ['secure', 1],
      ['residential_school', 2],
    ]);
  return random.weighted([
    ['foster', 45],
    ['residential', 20],
    ['supported', 30],
    ['kinship', 5],
  ]);
}

/** The kind of a placement a child moves to. */
export function moveKind(ctx: SimContext, age: number): PlacementKind {
  if (age < 11)
    return ctx.random.weighted([
      ['foster', 85],
      ['kinship', 10],
      ['residential', 5],
    ]);
  if (age < 16)
    return ctx.random.weighted([
      ['foster', 60],
      ['residential', 33],
      ['secure', 2],
      ['kinship', 5],
    ]);
  return ctx.random.weighted([
    ['foster', 35],
    ['residential', 25],
    ['supported', 40],
  ]);
}

export const MOVE_REASONS: [string, number][] = [
  ['CARPL', 35],
  ['CREQB', 14],
  ['CREQO', 8],
  ['CHILD', 10],
  ['LAREQ', 6],
  ['STAND', 4],
  ['ALLEG', 3],
  ['CLOSE', 3],
  ['APPRR', 2],
  ['OTHER', 15],
];

/** Whether two placements are in the same home: a council home, or a provider's home at one postcode. */
export function samePlace(a: Placement, b: Placement | undefined): boolean {
  if (b === undefined) return false;
  return (
    (a.homeId !== null && a.homeId === b.homeId) || (a.urn !== null && a.urn === b.urn && a.postcode === b.postcode)
  );
}
