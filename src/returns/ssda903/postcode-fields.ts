/**
 * The fields the DfE derives from a 903 return's postcodes before its rules run, which no council's file
 * holds: PL_LA, the council whose area the placement postcode lies in, and PL_LOCATION, IN or OUT of
 * the returning council's area. Derived from the ONS postcode directory (data/ons) as the DfE's portal
 * and the open validator do. PL_DISTANCE is not derived: the directory we may ship has eastings but not
 * northings (docs/RULES.md lists the distance rules as not possible from a council's file).
 */
import type { PostcodeDirectory, PostcodePlace } from '../io/ons-postcodes.ts';
import type { Row, Tables903 } from './dataset.ts';

/**
 * PL_LA as the DfE codes it: the three-digit code of the upper-tier council in England (children's
 * services sit with the upper tier), WAL, SCO or NIR for the rest of the UK, NUK for the Channel Islands
 * and the Isle of Man. Null when the postcode is not in the directory.
 */
export function placementLa(place: PostcodePlace | null): string | null {
  if (place === null) return null;
  if (place.dfeCode !== null) return place.dfeCode;
  // The Channel Islands (L) and the Isle of Man (M) are outside the UK: NUK, as rule 633 lists it.
  const nation: Record<string, string> = { W: 'WAL', S: 'SCO', N: 'NIR', L: 'NUK', M: 'NUK' };
  return nation[place.utla.charAt(0)] ?? null;
}

function cell(row: Row, column: string): string | null {
  const value = row[column];
  return value === null || value === undefined || value.trim() === '' ? null : value;
}

/**
 * Sets PL_LA and PL_LOCATION on every Episodes row that does not carry them, from PL_POST. A row with
 * no placement postcode gets neither (rules 169 and 179 then ask for it, as the DfE's do). PL_LOCATION
 * needs the council's own code; without it only PL_LA is derived.
 */
export function derivePostcodeFields(
  tables: Tables903,
  directory: PostcodeDirectory,
  laCode: string | undefined,
): void {
  for (const row of tables.Episodes ?? []) {
    const post = cell(row, 'PL_POST');
    if (!('PL_LA' in row)) row['PL_LA'] = post === null ? null : placementLa(directory.find(post));
    const la = row['PL_LA'];
    if (!('PL_LOCATION' in row) && laCode !== undefined)
      row['PL_LOCATION'] = la === null || la === undefined ? null : la === laCode ? 'IN' : 'OUT';
  }
}

/**
 * The council a return belongs to, when its file does not say: the DfE code that holds more than half
 * of the children's home postcodes (HOME_POST, where the child lived before care), or undefined when no
 * council does. A council's children come overwhelmingly from its own area, so a majority is decisive;
 * `kestrel validate 903 --la CODE` gives it outright.
 */
export function inferCouncil(tables: Tables903, directory: PostcodeDirectory): string | undefined {
  const counts = new Map<string, number>();
  let known = 0;
  for (const row of tables.Episodes ?? []) {
    const home = cell(row, 'HOME_POST');
    const la = home === null ? null : placementLa(directory.find(home));
    if (la === null || !/^\d{3}$/.test(la)) continue;
    known++;
    counts.set(la, (counts.get(la) ?? 0) + 1);
  }
  for (const [la, n] of counts) if (n * 2 > known) return la;
  return undefined;
}
