/**
 * The ONS postcode directory as the SSDA903 rules need it (data/ons/, built by scripts/build-ons-data.ts):
 * whether a postcode exists (rule 392c) and which council it lies in (PL_LA, PL_LOCATION: rules 169, 179,
 * 411, 1015, 503H, 503J). Read lazily: a postcode area's file (AB, B, SW ...) is opened the first time a
 * postcode in it is looked up, and a district's postcodes are unpacked the first time one is asked for,
 * so checking a return reads only the areas its postcodes are in.
 */
import { ONS_DATA_DIR, type PostcodePlace, readArea, readPlaces } from '../../codes/ons-geography.ts';

export { ONS_DATA_DIR, type PostcodePlace };

export interface PostcodeDirectory {
  /** The place of a postcode in the directory (live or terminated), or null when it is not a postcode ONS knows. */
  find(postcode: string): PostcodePlace | null;
}

/** "sw1a 1aa", "SW1A1AA" → ["SW1A", "1AA"]; null when it cannot be a UK postcode. */
export function splitPostcode(text: string): [outward: string, inward: string] | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact)) return null;
  return [compact.slice(0, -3), compact.slice(-3)];
}

/** The postcode area (the outward code's letters): "SW1A" → "SW". */
function areaOf(outward: string): string {
  return /^[A-Z]+/.exec(outward)![0];
}

/** Opens the directory in `dir` (default: the one shipped in data/ons). Nothing is read until the first lookup. */
export function openPostcodeDirectory(dir: string = ONS_DATA_DIR): PostcodeDirectory {
  let places: PostcodePlace[] | undefined;
  /** Area → its districts' packed lines (outward → the runs after it), read on first use. */
  const areas = new Map<string, Map<string, string>>();
  /** Outward code → inward code → row of `places`. */
  const districts = new Map<string, Map<string, number>>();

  function areaLines(area: string): Map<string, string> {
    let lines = areas.get(area);
    if (lines) return lines;
    lines = new Map();
    for (const line of readArea(dir, area).split('\n')) {
      const space = line.indexOf(' ');
      if (space > 0) lines.set(line.slice(0, space), line.slice(space + 1));
    }
    areas.set(area, lines);
    return lines;
  }

  function district(outward: string): Map<string, number> {
    let inwards = districts.get(outward);
    if (inwards) return inwards;
    inwards = new Map();
    for (const run of (areaLines(areaOf(outward)).get(outward) ?? '').split(' ')) {
      const equals = run.indexOf('=');
      if (equals < 0) continue;
      const place = Number.parseInt(run.slice(0, equals), 36);
      for (let at = equals + 1; at + 3 <= run.length; at += 3) inwards.set(run.slice(at, at + 3), place);
    }
    districts.set(outward, inwards);
    return inwards;
  }

  // A return names the same postcodes many times (each episode's home and placement, read by several rules).
  const found = new Map<string, PostcodePlace | null>();
  function lookup(postcode: string): PostcodePlace | null {
    const parts = splitPostcode(postcode);
    if (parts === null) return null;
    const row = district(parts[0]).get(parts[1]);
    if (row === undefined) return null;
    places ??= readPlaces(dir);
    return places[row] ?? null;
  }

  return {
    find(postcode) {
      let place = found.get(postcode);
      if (place === undefined) found.set(postcode, (place = lookup(postcode)));
      return place;
    },
  };
}
