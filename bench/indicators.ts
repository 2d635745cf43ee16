/**
 * Indicator benchmark: what a user gets. For synthetic councils of 20,000, 100,000 and 300,000 children
 * aged 0-17 with ten years of history, on the embedded store and, when TEST_DATABASE_URL or DATABASE_URL
 * is set, on that PostgreSQL server:
 * - whole process: the shipped command, `node bin/kestrel.js indicators ...`, from spawn to exit, for the
 *   whole catalogue at one date and for 24 month-ends;
 * - in process: opening the store, the catalogue at one date the first time (as a fresh command) and
 *   again (as a running server), the 24-month series, and each indicator alone (the slowest listed);
 * - the yardstick: one sequential scan of every row of every table of child records, on the same store.
 * The council is made by the shipped command too (`kestrel synth`), and nothing else touches the store:
 * no ANALYZE or warm-up of the benchmark's own, so the figures show whatever statistics the product
 * gathers itself. Targets (issue 9), at 300,000 children: the catalogue at one date under 3 s whole
 * process (in process under 1.5 s), within 4 times the sequential scan; 24 month-ends under 15 s; each
 * of the slowest indicators under 150 ms at one date.
 *
 * Generating a large council takes minutes, so each one is kept: a data directory in the system temp
 * directory, or a schema on the server, named by a key of the generator's parameters, its source and the
 * table migrations (index migrations apply when a command opens the store, as for a user upgrading).
 * KESTREL_BENCH_POPULATIONS=20000 runs one size; KESTREL_BENCH_BACKENDS=pglite one store;
 * KESTREL_BENCH_REUSE=1 takes a council already made for the size even if the generator changed since.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/open.ts';
import { knownMigrations, migrate } from '../src/store/migrate.ts';
import type { Store } from '../src/store/db.ts';
import { evaluateIndicators, listIndicators } from '../src/indicators/evaluate.ts';
import { sequentialScanMs } from './scan.ts';
import { runKestrel } from './whole-process.ts';

const KESTREL = fileURLToPath(new URL('../bin/kestrel.js', import.meta.url));
const TO = '2026-03-31';
const YEARS = 10;
const SEED = 'bench';
const ONE_DATE = ['--at', TO, '--period', 'ytd'];
const SERIES = ['--at', TO, '--period', 'month', '--series', '24'];
/** The indicators issue 9 names as the slowest at 300,000 children, reported whatever their rank. */
const WATCHED = [
  'workload-points',
  'caseload-sw',
  'care-leavers-accommodation',
  'care-leavers-eet',
  'care-leavers',
  'unallocated-cases',
];

/** Where a council is kept: the flags a command takes to reach it, and how to open it here. */
export interface CouncilStore {
  backend: 'pglite' | 'postgres';
  flags: string[];
  open(): Promise<Store>;
}

interface Timing {
  backend: string;
  population: number;
  at: string;
  wholeProcess: { oneDateMs: number; series24Ms: number; cpuMs: { oneDate: number | null; series24: number | null } };
  inProcess: { openMs: number; firstOneDateMs: number; oneDateMs: number; series24Ms: number; peakRssMb: number };
  sequentialScan: { rows: number; firstMs: number; ms: number };
  /** The catalogue at one date over the scan: whole process (first) and in process, warm. */
  timesScan: { wholeProcess: number; inProcess: number };
  slowestAtOneDate: { id: string; ms: number }[];
  watched: { id: string; oneDateMs: number; series24Ms: number }[];
}

/** A key naming the generated data: the parameters, the generator's source and the table schema. */
export function councilKey(population: number, to = TO): string {
  const hash = createHash('sha256').update(JSON.stringify({ population, years: YEARS, seed: SEED, to }));
  const synthDir = new URL('../src/synth/', import.meta.url);
  for (const name of readdirSync(synthDir)
    .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
    .sort()) {
    hash.update(name).update(readFileSync(new URL(name, synthDir)));
  }
  for (const m of knownMigrations().filter((m) => !m.name.includes('index'))) hash.update(m.name).update(m.sql);
  return hash.digest('hex').slice(0, 12);
}

/** Runs the shipped command and returns its wall time; throws with its stderr when it fails. */
function kestrel(args: string[]): number {
  const started = performance.now();
  const child = spawnSync(process.execPath, [KESTREL, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Math.round(performance.now() - started);
  if (child.status !== 0)
    throw new Error(`kestrel ${args.join(' ')} failed: ${child.stderr.trim().split('\n').at(-1)}`);
  return ms;
}

function synthArgs(population: number, to: string): string[] {
  return ['synth', '--population', String(population), '--years', String(YEARS), '--seed', SEED, '--to', to];
}

/**
 * The start of a kept council's name: its reference date (unless the usual one, and first, so that a
 * search for the usual councils of a size never finds it) and the parameters, then the key.
 */
function councilPrefix(population: number, to: string, form: 'dir' | 'schema'): string {
  const date = to === TO ? '' : `to${to.replaceAll('-', '')}`;
  return form === 'dir'
    ? `kestrel-bench-${date ? `${date}-` : ''}${population}-${YEARS}y-`
    : `kestrel_bench_${date ? `${date}_` : ''}${population}_`;
}

/**
 * The embedded store holding this council, made once by `kestrel synth` and kept in the temp directory;
 * `to` is the reference date of its history (the benchmarks' 31 March 2026 unless given).
 */
export function pgliteCouncil(population: number, log: (line: string) => void, to = TO): CouncilStore {
  const prefix = councilPrefix(population, to, 'dir');
  const wanted = join(tmpdir(), prefix + councilKey(population, to));
  const dir = process.env.KESTREL_BENCH_REUSE ? (newestCached(prefix) ?? wanted) : wanted;
  if (!existsSync(dir)) {
    const partial = `${dir}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    log(`generating ${population} children, ${YEARS} years into ${dir} ...`);
    kestrel([...synthArgs(population, to), '--data-dir', partial]);
    renameSync(partial, dir);
  }
  return { backend: 'pglite', flags: ['--data-dir', dir], open: () => openStore({ dataDir: dir }) };
}

function newestCached(prefix: string): string | undefined {
  const dirs = readdirSync(tmpdir())
    .filter((name) => name.startsWith(prefix) && !name.endsWith('.partial'))
    .map((name) => join(tmpdir(), name));
  return dirs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** A schema on the server holding this council, made once by `kestrel synth` and kept. */
export async function serverCouncil(
  url: string,
  population: number,
  log: (line: string) => void,
  to = TO,
): Promise<CouncilStore> {
  const prefix = councilPrefix(population, to, 'schema');
  let schema = prefix + councilKey(population, to);
  const probe = await openStore({ databaseUrl: url });
  try {
    if (process.env.KESTREL_BENCH_REUSE) {
      const held = await probe.query<{ name: string }>(
        `SELECT table_schema AS name FROM information_schema.tables WHERE table_name = 'council' AND table_schema LIKE $1`,
        [`${prefix.replaceAll('_', '\\_')}%`],
      );
      schema = held[0]?.name ?? schema;
    }
    await probe.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await probe.close();
  }
  // The command reaches the schema as a user's deployment would: by the connection's search path.
  const inSchema = new URL(url);
  inSchema.searchParams.set('options', `-c search_path=${schema}`);
  const store: CouncilStore = {
    backend: 'postgres',
    flags: ['--database-url', inSchema.toString()],
    open: () => openStore({ databaseUrl: url, schema }),
  };
  const db = await store.open();
  try {
    await migrate(db);
    const [held] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM council');
    if ((held?.n ?? 0) > 0) return store;
    // A schema left by an interrupted run has tables but no council: start it again.
    await db.exec(`DROP SCHEMA "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
  } finally {
    await db.close();
  }
  log(`generating ${population} children, ${YEARS} years into schema ${schema} ...`);
  kestrel([...synthArgs(population, to), ...store.flags]);
  return store;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return Math.round(performance.now() - started);
}

/** Samples resident memory while `work` runs and returns the peak in MB. */
async function peakMemory(work: () => Promise<void>): Promise<number> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20);
}

async function benchCouncil(council: CouncilStore, population: number): Promise<Timing> {
  // Bring the schema up to date (new index migrations) as any command would, so that no timed command
  // below pays for building an index once.
  const upToDate = await council.open();
  await migrate(upToDate);
  await upToDate.close();

  const wholeOneDate = runKestrel(['indicators', ...council.flags, ...ONE_DATE, '--format', 'json']);
  const wholeSeries24 = runKestrel(['indicators', ...council.flags, ...SERIES, '--format', 'json']);
  const wholeProcess = {
    oneDateMs: wholeOneDate.ms,
    series24Ms: wholeSeries24.ms,
    cpuMs: { oneDate: wholeOneDate.cpuMs, series24: wholeSeries24.cpuMs },
  };
  let db: Store | undefined;
  const openMs = await timed(async () => (db = await council.open()));
  const store = db!;
  try {
    const inProcess = { openMs, firstOneDateMs: 0, oneDateMs: 0, series24Ms: 0, peakRssMb: 0 };
    inProcess.peakRssMb = await peakMemory(async () => {
      inProcess.firstOneDateMs = await timed(() => evaluateIndicators(store, { at: TO, period: 'ytd' }));
      inProcess.oneDateMs = await timed(() => evaluateIndicators(store, { at: TO, period: 'ytd' }));
      inProcess.series24Ms = await timed(() => evaluateIndicators(store, { at: TO, period: 'month', series: 24 }));
    });
    const oneDate = await eachIndicator(store, { at: TO, period: 'ytd' });
    const series = await eachIndicator(store, { at: TO, period: 'month', series: 24 }, WATCHED);
    const sequentialScan = await sequentialScanMs(store);
    return {
      backend: council.backend,
      population,
      at: TO,
      wholeProcess,
      inProcess,
      sequentialScan,
      timesScan: {
        wholeProcess: ratio(wholeProcess.oneDateMs, sequentialScan.firstMs),
        inProcess: ratio(inProcess.oneDateMs, sequentialScan.ms),
      },
      slowestAtOneDate: [...oneDate].sort((a, b) => b.ms - a.ms).slice(0, 8),
      watched: WATCHED.map((id) => ({
        id,
        oneDateMs: oneDate.find((t) => t.id === id)?.ms ?? -1,
        series24Ms: series.find((t) => t.id === id)?.ms ?? -1,
      })),
    };
  } finally {
    await store.close();
  }
}

function ratio(a: number, b: number): number {
  return Math.round((a / Math.max(1, b)) * 10) / 10;
}

/** Each indicator evaluated alone (all of them unless `ids` is given). */
async function eachIndicator(
  db: Store,
  request: { at: string; period: string; series?: number },
  ids?: string[],
): Promise<{ id: string; ms: number }[]> {
  const times: { id: string; ms: number }[] = [];
  for (const id of ids ?? listIndicators().map((def) => def.id))
    times.push({ id, ms: await timed(() => evaluateIndicators(db, { ...request, ids: [id] })) });
  return times;
}

export async function benchIndicators(log: (line: string) => void = () => undefined): Promise<object> {
  const populations = (process.env.KESTREL_BENCH_POPULATIONS ?? '20000,100000,300000').split(',').map(Number);
  const backends = (process.env.KESTREL_BENCH_BACKENDS ?? 'pglite,postgres').split(',');
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const timings: Timing[] = [];
  for (const population of populations) {
    if (backends.includes('pglite')) {
      timings.push(await benchCouncil(pgliteCouncil(population, log), population));
      log(JSON.stringify(timings.at(-1)));
    }
    if (url && backends.includes('postgres')) {
      timings.push(await benchCouncil(await serverCouncil(url, population, log), population));
      log(JSON.stringify(timings.at(-1)));
    }
  }
  return {
    indicators: listIndicators().length,
    targets: {
      population: 300_000,
      wholeProcessOneDateMs: 3000,
      inProcessOneDateMs: 1500,
      series24Ms: 15_000,
      timesScan: 4,
      eachSlowestMs: 150,
    },
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    timings,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchIndicators((line) => console.error(line)), null, 2));
}
