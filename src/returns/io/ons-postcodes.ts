/**
 * The ONS postcode directory as the SSDA903 rules need it (data/ons/, built by scripts/build-ons-data.ts):
 * whether a postcode exists (rule 392c) and which council it lies in (PL_LA, PL_LOCATION: rules 169, 179,
 * 411, 1015, 503H, 503J). Read lazily: a postcode area's file (AB, B, SW ...) is opened the first time a
 * postcode in it is looked up, and a district's postcodes are unpacked the first time one is asked for,
 * so checking a return reads only the areas its postcodes are in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const ONS_DATA_DIR = fileURLToPath(new URL('../../../data/ons/', import.meta.url));

/** Where a postcode lies: its lower- and upper-tier local authority (ONS codes) and the DfE code of the upper tier. */
export interface PostcodePlace {
  ltla: string;
  utla: string;
  /** The DfE three-digit code of the upper-tier council (England), else null. */
  dfeCode: string | null;
}

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

/** The rows of local-authorities.csv in order: the postcode files name a place by its row number. */
export function readPlaces(dir: string = ONS_DATA_DIR): PostcodePlace[] {
  const [, ...lines] = readFileSync(join(dir, 'local-authorities.csv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    // Names may be quoted with commas; the codes read here are the first and the last two unquoted cells.
    const cells = line.split(',');
    const ltla = cells[0]!;
    const dfe = cells.at(-1)!;
    const utla = cells.at(-3)!;
    return { ltla, utla, dfeCode: dfe === '' ? null : dfe };
  });
}

/** The packed text of one postcode area's file; empty for an area ONS does not have (none of its postcodes exist). */
function readArea(dir: string, area: string): string {
  try {
    return gunzipSync(readFileSync(join(dir, 'postcodes', `${area}.txt.gz`))).toString('latin1');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return '';
  }
}

/**
 * Every postcode of one postcode area ("NE1 1AA"), in the file's order, with the row of its place in
 * readPlaces(); for a reader that wants postcodes by council (local-authority-areas.csv says which areas).
 */
export function areaPostcodes(area: string, dir: string = ONS_DATA_DIR): [postcode: string, row: number][] {
  const found: [string, number][] = [];
  for (const line of readArea(dir, area).split('\n')) {
    const [outward, ...runs] = line.split(' ');
    for (const run of runs) {
      const equals = run.indexOf('=');
      const row = Number.parseInt(run.slice(0, equals), 36);
      for (let at = equals + 1; at + 3 <= run.length; at += 3) found.push([`${outward} ${run.slice(at, at + 3)}`, row]);
    }
  }
  return found;
}

/** Lower-tier LA code → the postcode areas it has postcodes in (local-authority-areas.csv). */
export function readLaAreas(dir: string = ONS_DATA_DIR): Map<string, string[]> {
  const [, ...lines] = readFileSync(join(dir, 'local-authority-areas.csv'), 'utf8').trim().split('\n');
  return new Map(lines.map((line) => [line.slice(0, line.indexOf(',')), line.slice(line.indexOf(',') + 1).split(' ')]));
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
