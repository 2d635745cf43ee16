/**
 * The DfE's published counterparts of framework measures (data/dfe/, read through benchmarks/csv.ts):
 * each council's, each region's and England's figure for a collection year, so a scorecard can show
 * England, the region, the average of the council's ten statistical neighbours (sn_model_2025_wide.csv,
 * else the April 2021 groupings), and the council's rank among all councils.
 *
 * Unlike benchmarks/figures.ts (which calibrates the synthetic council and so falls back to England or
 * the nearest year), nothing here is substituted: a figure the DfE did not publish is null.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DFE_DATA_DIR, figure, readDfeTable, type CsvRow } from '../benchmarks/csv.ts';
import { COUNTERPARTS, POPULATION } from './counterparts.ts';

/** 'england', 'region:<name>' or a council's three-digit code. */
type AreaKey = string;

interface TableRef {
  file: string;
  contains?: string | undefined;
}

function keyOf(row: CsvRow): AreaKey | undefined {
  if (row.geographic_level === 'National') return 'england';
  if (row.geographic_level === 'Regional') return `region:${row.region_name}`;
  return row.geographic_level === 'Local authority' ? row.old_la_code : undefined;
}

const filtered = new Map<string, CsvRow[]>();

/** A table's rows, or only those whose line contains `contains` (parsed once per file and text). */
function tableRows(table: TableRef): CsvRow[] {
  if (table.contains === undefined) return readDfeTable(table.file);
  const cacheKey = `${table.file}|${table.contains}`;
  let list = filtered.get(cacheKey);
  if (!list) {
    // DfE files hold no line breaks inside fields, so a row is a line.
    const lines = readFileSync(join(DFE_DATA_DIR, table.file), 'utf8').split(/\r?\n/);
    const wanted = [lines[0] ?? '', ...lines.slice(1).filter((line) => line.includes(table.contains!))];
    list = parse(wanted.join('\n'), {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as CsvRow[];
    filtered.set(cacheKey, list);
  }
  return list;
}

const indexes = new Map<string, Map<string, CsvRow[]>>();

function rows(table: TableRef, area: AreaKey, year: number): CsvRow[] {
  const cacheKey = `${table.file}|${table.contains ?? ''}`;
  let index = indexes.get(cacheKey);
  if (!index) {
    index = new Map();
    for (const row of tableRows(table)) {
      const key = keyOf(row);
      if (key === undefined) continue;
      const k = `${key}|${row.time_period}`;
      const list = index.get(k);
      if (list) list.push(row);
      else index.set(k, [row]);
    }
    indexes.set(cacheKey, index);
  }
  return index.get(`${area}|${year}`) ?? [];
}

/** The 0-17 population behind collection year `year`'s rates: the mid-year estimate a year earlier. */
function population(area: AreaKey, year: number): number | undefined {
  for (const y of [year - 1, year - 2, year]) {
    const pop = figure(rows({ file: POPULATION }, area, y)[0]?.population_estimate);
    if (pop) return pop;
  }
  return undefined;
}

/** One area's published figure for a counterpart and collection year, or null. */
export function publishedFigure(key: string, area: AreaKey, year: number): number | null {
  const compact = compactFigures();
  if (compact) return compact.figures[key]?.[year]?.[area] ?? null;
  return tableFigure(key, area, year);
}

function tableFigure(key: string, area: AreaKey, year: number): number | null {
  const c = COUNTERPARTS[key];
  if (!c) throw new Error(`unknown DfE counterpart "${key}"`);
  const row = rows(c, area, year).find(c.match ?? (() => true));
  const value = figure(row?.[c.column]);
  if (value === undefined) return null;
  if (!c.per10k) return value;
  const pop = population(area, year);
  return pop ? Math.round((value / pop) * 100_000) / 10 : null;
}

/** Every council's figure for the year (for rank and quartile). */
export function allCouncilFigures(key: string, year: number): Map<string, number | null> {
  const compact = compactFigures();
  if (compact) {
    if (!COUNTERPARTS[key]) throw new Error(`unknown DfE counterpart "${key}"`);
    const areas = Object.entries(compact.figures[key]?.[year] ?? {});
    return new Map(areas.filter(([area]) => area !== 'england' && !area.startsWith('region:')));
  }
  return tableCouncilFigures(key, year);
}

function tableCouncilFigures(key: string, year: number): Map<string, number | null> {
  const c = COUNTERPARTS[key];
  if (!c) throw new Error(`unknown DfE counterpart "${key}"`);
  const codes = new Set(
    tableRows(c)
      .filter((r) => r.geographic_level === 'Local authority' && r.time_period === String(year))
      .map((r) => r.old_la_code ?? ''),
  );
  return new Map([...codes].filter(Boolean).map((code) => [code, tableFigure(key, code, year)]));
}

/** The collection years a counterpart's table publishes, newest first. */
export function publishedYears(key: string): number[] {
  const compact = compactFigures();
  if (compact) {
    if (!COUNTERPARTS[key]) throw new Error(`unknown DfE counterpart "${key}"`);
    return Object.keys(compact.figures[key] ?? {})
      .map(Number)
      .sort((a, b) => b - a);
  }
  return tableYears(key);
}

function tableYears(key: string): number[] {
  const c = COUNTERPARTS[key];
  if (!c) throw new Error(`unknown DfE counterpart "${key}"`);
  return [...new Set(tableRows(c).map((r) => Number(r.time_period)))].sort((a, b) => b - a);
}

/**
 * The latest collection year published by a date. The DfE publishes a collection year (to 31 March) in
 * the autumn after it (children looked after and in need in November); we take 1 December as the day a
 * year becomes available.
 */
export function latestYearPublishedBy(at: string, key: string): number | null {
  const y = Number(at.slice(0, 4));
  const newest = at.slice(5) >= '12-01' ? y : y - 1;
  return publishedYears(key).find((year) => year <= newest) ?? null;
}

/** A council's ten statistical neighbours (DfE's 2025 model, else the April 2021 groupings); [] if unknown. */
export function statisticalNeighbours(laCode: string): string[] {
  const model = readDfeTable('sn_model_2025_wide.csv').find((r) => r.old_la_code === laCode);
  if (model) return Array.from({ length: 10 }, (_, i) => model[`SN_${i + 1}`] ?? '').filter((c) => /^\d{3}$/.test(c));
  // The 2021 file repeats the header "SNP" (closeness) after each neighbour; read the SN1..SN10 columns.
  const old = readDfeTable('New_Statistical_Neighbour_Groupings_April_2021.csv').find((r) => r['LA num'] === laCode);
  if (!old) return [];
  return Array.from({ length: 10 }, (_, i) => old[`SN${i + 1}`] ?? '').filter((c) => /^\d{3}$/.test(c));
}

/** A council's region as the DfE names it (sn_model_2025_wide.csv), or undefined. */
export function regionOf(laCode: string): string | undefined {
  return readDfeTable('sn_model_2025_wide.csv').find((r) => r.old_la_code === laCode)?.region_name;
}

/**
 * Every counterpart's figures in a compact form (data/dfe/published-figures.json, written by
 * `node --import tsx scripts/build-published-figures.ts`): reading the CSVs for one scorecard took 2-5 s
 * of a command's time (3 MB of care leavers' activity and 2.8 MB of outcomes parsed for a few columns);
 * the compact file is read in milliseconds. It is used only while it was built from the CSVs as they are
 * (their sizes, stamped in it); otherwise the tables are read. published.test.ts checks it is current.
 */
export interface CompactFigures {
  /** file name -> size in bytes of each DfE table the figures were computed from. */
  sources: Record<string, number>;
  /** counterpart key -> collection year -> area ('england', 'region:NAME', council code) -> figure. */
  figures: Record<string, Record<string, Record<AreaKey, number | null>>>;
}

export const COMPACT_FIGURES_FILE = join(DFE_DATA_DIR, 'published-figures.json');

let compactCache: CompactFigures | null | undefined;

function compactFigures(): CompactFigures | null {
  if (compactCache !== undefined) return compactCache;
  compactCache = null;
  if (process.env.KESTREL_DFE_TABLES === '1' || !existsSync(COMPACT_FIGURES_FILE)) return compactCache;
  const compact = JSON.parse(readFileSync(COMPACT_FIGURES_FILE, 'utf8')) as CompactFigures;
  if (sameSources(compact.sources, sourceSizes())) compactCache = compact;
  return compactCache;
}

function sameSources(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

/** The DfE tables the counterparts read, with their sizes. */
export function sourceSizes(): Record<string, number> {
  const files = new Set([...Object.values(COUNTERPARTS).map((c) => c.file), POPULATION]);
  return Object.fromEntries([...files].sort().map((file) => [file, statSync(join(DFE_DATA_DIR, file)).size]));
}

/** Computes the compact form from the CSVs (what scripts/build-published-figures.ts writes). */
export function computeCompactFigures(): CompactFigures {
  const figures: CompactFigures['figures'] = {};
  for (const key of Object.keys(COUNTERPARTS).sort()) {
    const c = COUNTERPARTS[key]!;
    figures[key] = {};
    for (const year of tableYears(key)) {
      const areas = new Set<AreaKey>(['england']);
      for (const row of tableRows(c))
        if (row.time_period === String(year) && row.geographic_level === 'Regional')
          areas.add(`region:${row.region_name}`);
      const byArea: Record<AreaKey, number | null> = {};
      for (const area of areas) byArea[area] = tableFigure(key, area, year);
      for (const [code, value] of tableCouncilFigures(key, year)) byArea[code] = value;
      figures[key][year] = byArea;
    }
  }
  return { sources: sourceSizes(), figures };
}
