/**
 * Real postcodes for a synthetic council, from the ONS postcode directory (data/ons, public reference
 * data under the Open Government Licence): families live in the council's own area, and a placement is
 * in that area or out of it as placements.ts decides. The DfE derives PL_LA and PL_LOCATION from the
 * placement postcode (src/returns/ssda903/postcode-fields.ts), so a made-up postcode fails rule 392c and
 * an in-area flag that disagrees with the postcode's council fails rules 411 and 1015.
 *
 * Only the postcode areas the council has postcodes in (and a few farther ones) are read, once per
 * council per process; each draw after that is a pick from a list, so the seed decides every postcode.
 */
import { areaPostcodes, ONS_DATA_DIR, readLaAreas, readPlaces } from '../codes/ons-geography.ts';
import { POSTCODE_FORMAT } from './identity.ts';
import type { Random } from './random.ts';

/**
 * The council whose area a fictional council's postcodes are in: North Tyneside (DfE 392), in the
 * fictional council's North East region and the same stand-in its UPNs use (identity.ts). Its returns
 * therefore validate as North Tyneside's: `kestrel validate 903` infers 392 from the home postcodes.
 */
export const FICTIONAL_POSTCODE_COUNCIL = '392';

/**
 * Councils in the published figures that no longer exist, so the postcode directory has no postcode
 * in them: their postcodes come from the larger successor by population (Cumbria → Cumberland, 2023;
 * Northamptonshire → West Northamptonshire, 2021), the council a return's PL_LA then names.
 */
const SUCCESSORS: Readonly<Record<string, string>> = { '909': '942', '928': '941' };

/** Areas across England that out-of-area placements farther away come from (besides the neighbours'). */
const FARTHER_AREAS = ['B', 'M', 'LS', 'BS'];

/** At most this many postcodes of each kind are kept: plenty of distinct addresses, little memory. */
const POOL_SIZE = 4000;

/** Share of out-of-area placements made with a neighbouring council (one sharing a postcode area). */
const NEIGHBOUR_SHARE = 0.75;

export interface PostcodePools {
  /** The DfE code of the council the in-area postcodes lie in (the one a return's PL_LA names when in area). */
  council: string;
  /** Where the council's families live. */
  homes: readonly string[];
  /**
   * Placements in the council's area: carers, children's homes. Disjoint from `homes`, so a child is
   * never placed at its family's postcode (rule 392d allows that only for a placement with parents).
   */
  inArea: readonly string[];
  /** Other English councils sharing a postcode area with this one: its neighbours. */
  neighbours: readonly string[];
  /** Other English councils farther away. */
  farther: readonly string[];
}

/** The council whose postcodes a synthetic council uses: its own when it imitates a real one (`like`). */
export function postcodeCouncil(laCode: string, like: boolean): string {
  return like ? (SUCCESSORS[laCode] ?? laCode) : FICTIONAL_POSTCODE_COUNCIL;
}

/** Up to `max` items spread evenly through the list (every k-th), keeping their order. */
function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]!);
}

const cache = new Map<string, PostcodePools>();

/** The postcode pools of a council by its DfE code (read once per process). */
export function postcodePools(council: string, dir: string = ONS_DATA_DIR): PostcodePools {
  const key = `${dir}|${council}`;
  let pools = cache.get(key);
  if (!pools) cache.set(key, (pools = readPools(council, dir)));
  return pools;
}

function readPools(council: string, dir: string): PostcodePools {
  const places = readPlaces(dir);
  const laAreas = readLaAreas(dir);
  const own = new Set<string>();
  for (const place of places)
    if (place.dfeCode === council) for (const area of laAreas.get(place.ltla) ?? []) own.add(area);
  if (own.size === 0) throw new Error(`The ONS postcode directory in ${dir} has no postcode in council ${council}.`);
  const inside: string[] = [];
  const neighbours: string[] = [];
  const farther: string[] = [];
  const areas = [...[...own].sort(), ...FARTHER_AREAS.filter((area) => !own.has(area))];
  for (const area of areas) {
    for (const [postcode, row] of areaPostcodes(area, dir)) {
      const dfe = places[row]?.dfeCode ?? null;
      // Out of area means another English council: outside England a placement needs no URN (rule 218).
      if (dfe === null || !POSTCODE_FORMAT.test(postcode)) continue;
      if (dfe === council) inside.push(postcode);
      else (own.has(area) ? neighbours : farther).push(postcode);
    }
  }
  return {
    council,
    homes: spread(
      inside.filter((_, i) => i % 2 === 0),
      POOL_SIZE,
    ),
    inArea: spread(
      inside.filter((_, i) => i % 2 === 1),
      POOL_SIZE,
    ),
    neighbours: spread(neighbours, POOL_SIZE),
    farther: spread(farther, POOL_SIZE),
  };
}

/** A family's home postcode, in the council's area. */
export function homePostcode(random: Random, pools: PostcodePools): string {
  return random.pick(pools.homes);
}

/** A placement's postcode, in the council's area or out of it (a neighbour mostly, else farther away). */
export function placementPostcode(random: Random, pools: PostcodePools, inArea: boolean): string {
  if (inArea) return random.pick(pools.inArea);
  const near = pools.neighbours.length > 0 && (pools.farther.length === 0 || random.chance(NEIGHBOUR_SHARE));
  return random.pick(near ? pools.neighbours : pools.farther);
}
