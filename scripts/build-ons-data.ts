/**
 * Builds data/ons/ from the ONS reference files (the ONS Postcode Directory subset and the LTLA to UTLA
 * lookup; see data/ons/README.md): what the SSDA903 rules need and nothing more.
 *
 *   node --import tsx scripts/build-ons-data.ts /path/to/reference/ons
 *
 * Writes
 * - data/ons/local-authorities.csv: every lower-tier LA code the postcodes use, in a fixed order (the
 *   postcode files refer to it by row number), with its upper tier (children's services sit there) and
 *   the DfE three-digit code of that upper tier (from the DfE tables in data/dfe) where it is English.
 * - data/ons/postcodes/<AREA>.txt.gz, one per postcode area (AB, B, SW ...), so a lookup opens only the
 *   areas it needs. Each line is one outward code (district) and its postcodes as runs that share a
 *   lower-tier LA: `<OUTWARD> <la>=<inward><inward>... <la>=...`, the LA as a base-36 row number of
 *   local-authorities.csv and each inward code 3 characters ("1AA"). Easting is left out: without the
 *   northing (not in the subset) it gives no distance.
 * - data/ons/local-authority-areas.csv: each lower-tier LA (as in local-authorities.csv) and the postcode
 *   areas it has postcodes in, space-separated.
 */
import { createReadStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync, createGunzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'data', 'ons');

function csvRows(text: string): string[][] {
  // The lookup files have no quoted commas in the columns read here except names, handled by a small parser.
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += ch;
      }
      cells.push(cell);
      return cells;
    });
}

/** ONS nine-character code → DfE three-digit code and name, from every DfE published table that has both. */
function dfeCodes(): Map<string, { dfe: string; name: string }> {
  const map = new Map<string, { dfe: string; name: string }>();
  const dir = join(ROOT, 'data/dfe');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.csv'))) {
    const [header, ...rows] = csvRows(readFileSync(join(dir, file), 'utf8'));
    const ons = header!.indexOf('new_la_code');
    const dfe = header!.indexOf('old_la_code');
    const name = header!.indexOf('la_name');
    if (ons < 0 || dfe < 0) continue;
    for (const row of rows) if (row[ons] && row[dfe]) map.set(row[ons]!, { dfe: row[dfe]!, name: row[name] ?? '' });
  }
  return map;
}

async function main(source: string): Promise<void> {
  const lookup = csvRows(readFileSync(join(source, 'ltla-to-utla-2021.csv'), 'utf8'));
  const head = lookup[0]!;
  const upper = new Map<string, { ltlaName: string; utla: string; utlaName: string }>();
  for (const row of lookup.slice(1))
    upper.set(row[head.indexOf('LTLA21CD')]!, {
      ltlaName: row[head.indexOf('LTLA21NM')]!,
      utla: row[head.indexOf('UTLA21CD')]!,
      utlaName: row[head.indexOf('UTLA21NM')]!,
    });
  const dfe = dfeCodes();

  const laIndex = new Map<string, number>();
  const districts = new Map<string, Map<string, number>>();
  const lines = createInterface({ input: createReadStream(join(source, 'ons-postcodes.csv.gz')).pipe(createGunzip()) });
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false;
      continue;
    }
    const [postcode, ltlaRaw] = line.split(',');
    const ltla = ltlaRaw === 'nan' || ltlaRaw === undefined ? '' : ltlaRaw;
    const outward = postcode!.slice(0, 4).trim();
    const inward = postcode!.slice(4).trim();
    if (!laIndex.has(ltla)) laIndex.set(ltla, laIndex.size);
    let district = districts.get(outward);
    if (!district) districts.set(outward, (district = new Map()));
    district.set(inward, laIndex.get(ltla)!);
  }

  rmSync(OUT + '/postcodes', { recursive: true, force: true });
  mkdirSync(join(OUT, 'postcodes'), { recursive: true });
  const laRows = ['ltla_code,ltla_name,utla_code,utla_name,dfe_code'];
  for (const ltla of laIndex.keys()) {
    const known = upper.get(ltla);
    // Unitaries created since April 2021 (and Barnsley's and Sheffield's 2024 codes) are their own upper tier.
    const utla = known?.utla ?? ltla;
    const name = known?.ltlaName ?? dfe.get(ltla)?.name ?? '';
    const utlaName = known?.utlaName ?? dfe.get(utla)?.name ?? name;
    const quote = (s: string) => (s.includes(',') ? `"${s}"` : s);
    laRows.push([ltla, quote(name), utla, quote(utlaName), dfe.get(utla)?.dfe ?? ''].join(','));
  }
  writeFileSync(join(OUT, 'local-authorities.csv'), laRows.join('\n') + '\n');

  const byArea = new Map<string, string[]>();
  for (const outward of [...districts.keys()].sort()) {
    const area = /^[A-Z]+/.exec(outward)![0];
    const codes = [...districts.get(outward)!.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    let line = outward;
    let current = -1;
    for (const [inward, la] of codes) {
      if (la !== current) {
        line += ` ${la.toString(36)}=`;
        current = la;
      }
      line += inward;
    }
    (byArea.get(area) ?? byArea.set(area, []).get(area)!).push(line);
  }
  // Which postcode areas each lower-tier LA has postcodes in, so a reader wanting one council's postcodes
  // (the synthetic council's, src/synth/postcodes.ts) opens only those areas' files.
  const areasOf = new Map<number, Set<string>>();
  for (const [outward, district] of districts)
    for (const la of district.values())
      (areasOf.get(la) ?? areasOf.set(la, new Set()).get(la)!).add(/^[A-Z]+/.exec(outward)![0]);
  const areaRows = ['ltla_code,areas'];
  for (const [ltla, row] of laIndex) areaRows.push(`${ltla},${[...(areasOf.get(row) ?? [])].sort().join(' ')}`);
  writeFileSync(join(OUT, 'local-authority-areas.csv'), areaRows.join('\n') + '\n');

  let total = 0;
  for (const [area, areaLines] of byArea) {
    const zipped = gzipSync(areaLines.join('\n') + '\n', { level: 9 });
    total += zipped.length;
    writeFileSync(join(OUT, 'postcodes', `${area}.txt.gz`), zipped);
  }
  console.log(
    `${[...districts.values()].reduce((n, d) => n + d.size, 0)} postcodes in ${districts.size} districts, ${byArea.size} areas, ${laIndex.size} LAs; ${(total / 1e6).toFixed(1)} MB`,
  );
}

await main(process.argv[2] ?? '/work/shared/reference/ons');
