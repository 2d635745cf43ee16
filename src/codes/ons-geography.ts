/**
 * The ONS geography shipped in data/ons (built by scripts/build-ons-data.ts; see its README): the local
 * authorities, each postcode area's packed postcodes, and which areas each authority has postcodes in.
 * The postcode directory the 903 rules use (src/returns/io/ons-postcodes.ts) and the synthetic council's
 * real postcodes (src/synth/postcodes.ts) both read it through here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const ONS_DATA_DIR = fileURLToPath(new URL('../../data/ons/', import.meta.url));

/** Where a postcode lies: its lower- and upper-tier local authority (ONS codes) and the DfE code of the upper tier. */
export interface PostcodePlace {
  ltla: string;
  utla: string;
  /** The DfE three-digit code of the upper-tier council (England), else null. */
  dfeCode: string | null;
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
export function readArea(dir: string, area: string): string {
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
