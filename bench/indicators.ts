/**
 * Indicator benchmark: the whole catalogue at one date (ytd), and at 24 month-ends (month), for
 * synthetic councils of 20,000, 100,000 and 300,000 children aged 0-17 with ten years of history, on the
 * embedded store and, when TEST_DATABASE_URL or DATABASE_URL is set, on that PostgreSQL server.
 * Targets (issue): 300,000 children, one date under 2 s; 24 month-ends under 20 s; under 2 GB memory.
 *
 * Generating a large council takes minutes, so each generated council is kept: the embedded store's data
 * directory in the system temp directory, and a schema on the server, both named by a key of the
 * generator's parameters, its source and the table migrations (index migrations apply on opening).
 * KESTREL_BENCH_POPULATIONS=20000 runs one size; KESTREL_BENCH_BACKENDS=pglite one backend;
 * KESTREL_BENCH_REUSE=1 reuses a council already generated for the size even if the generator changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open.ts';
import { knownMigrations, migrate } from '../src/store/migrate.ts';
import type { Store } from '../src/store/db.ts';
import { synthesizeCouncil } from '../src/synth/index.ts';
import { evaluateIndicators, listIndicators } from '../src/indicators/evaluate.ts';

export interface CouncilParams {
  population: number;
  years: number;
  seed: string;
  to: string;
}

interface Timing {
  backend: string;
  population: number;
  at: string;
  openMs: number;
  oneDateMs: number;
  series24Ms: number;
  /**
   * CPU time of this process: for the embedded store that is the database's work too, so it is the
   * time an otherwise idle machine would take; wall time grows with whatever else the machine runs.
   */
  oneDateCpuMs: number;
  series24CpuMs: number;
  /** Peak resident memory of this process while evaluating (PGlite runs inside it). */
  peakRssMb: number;
  slowestAtOneDate: { id: string; ms: number }[];
  slowestSeries: { id: string; ms: number }[];
}

const TO = '2026-03-31';

/** A key naming the generated data: the parameters, the generator's source and the table schema. */
export function councilKey(params: CouncilParams): string {
  const hash = createHash('sha256').update(JSON.stringify(params));
  const synthDir = new URL('../src/synth/', import.meta.url);
  for (const name of readdirSync(synthDir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    hash.update(name).update(readFileSync(new URL(name, synthDir)));
  }
  for (const m of knownMigrations().filter((m) => !m.name.includes('index'))) hash.update(m.name).update(m.sql);
  return hash.digest('hex').slice(0, 12);
}

/** The embedded store holding this council, generated once and kept in the temp directory. */
export async function cachedPglite(params: CouncilParams, log: (line: string) => void = () => undefined): Promise<Store> {
  const prefix = `kestrel-bench-${params.population}-${params.years}y-`;
  const dir = reuseAny() ? (newestCached(prefix) ?? join(tmpdir(), prefix + councilKey(params))) : join(tmpdir(), prefix + councilKey(params));
  if (!existsSync(dir)) {
    const partial = `${dir}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    const store = await openStore({ dataDir: partial });
    await migrate(store);
    log(`generating ${params.population} children, ${params.years} years into ${dir} ...`);
    await synthesizeCouncil(store, params);
    await store.exec('ANALYZE');
    await store.close();
    renameSync(partial, dir);
  }
  const store = await openStore({ dataDir: dir });
  await migrate(store);
  await store.exec('ANALYZE');
  return store;
}

/**
 * KESTREL_BENCH_REUSE=1 keeps the council already generated for a population even when the generator's
 * source has changed since: to compare engine changes on the same data, and to skip regenerating.
 */
function reuseAny(): boolean {
  return Boolean(process.env.KESTREL_BENCH_REUSE);
}

function newestCached(prefix: string): string | undefined {
  const dirs = readdirSync(tmpdir())
    .filter((name) => name.startsWith(prefix) && !name.endsWith('.partial'))
    .map((name) => join(tmpdir(), name));
  return dirs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** A schema on the server holding this council, generated once and kept. */
export async function cachedServer(url: string, params: CouncilParams, log: (line: string) => void = () => undefined): Promise<Store> {
  let schema = `kestrel_bench_${params.population}_${councilKey(params)}`;
  if (reuseAny()) {
    const probe = await openStore({ databaseUrl: url });
    const candidates = await probe.query<{ name: string }>(
      `SELECT table_schema AS name FROM information_schema.tables WHERE table_name = 'council' AND table_schema LIKE $1`,
      [`kestrel\\_bench\\_${params.population}\\_%`],
    );
    for (const { name } of candidates) {
      // A schema left by an interrupted generation has the tables but no council.
      const [held] = await probe.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}".council`);
      if ((held?.n ?? 0) > 0) schema = name;
    }
    await probe.close();
  }
  const store = await openStore({ databaseUrl: url, schema });
  await migrate(store);
  const [held] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM council');
  if ((held?.n ?? 0) === 0) {
    log(`generating ${params.population} children, ${params.years} years into schema ${schema} ...`);
    await synthesizeCouncil(store, params);
  }
  await store.exec('ANALYZE');
  return store;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  return (await timedBoth(work)).wallMs;
}

async function timedBoth(work: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  return { wallMs: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) };
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

async function benchStore(backend: string, population: number, open: () => Promise<Store>): Promise<Timing> {
  let store: Store | undefined;
  const openMs = await timed(async () => (store = await open()));
  const db = store!;
  const timing: Timing = {
    backend, population, at: TO, openMs, oneDateMs: 0, series24Ms: 0, oneDateCpuMs: 0, series24CpuMs: 0, peakRssMb: 0, slowestAtOneDate: [], slowestSeries: [],
  };
  try {
    await evaluateIndicators(db, { at: TO, period: 'ytd' }); // warm caches and plans once
    timing.peakRssMb = await peakMemory(async () => {
      const one = await timedBoth(() => evaluateIndicators(db, { at: TO, period: 'ytd' }));
      const series = await timedBoth(() => evaluateIndicators(db, { at: TO, period: 'month', series: 24 }));
      [timing.oneDateMs, timing.oneDateCpuMs, timing.series24Ms, timing.series24CpuMs] = [one.wallMs, one.cpuMs, series.wallMs, series.cpuMs];
    });
    timing.slowestAtOneDate = await slowest(db, { at: TO, period: 'ytd' });
    timing.slowestSeries = await slowest(db, { at: TO, period: 'month', series: 24 });
  } finally {
    await db.close();
  }
  return timing;
}

async function slowest(db: Store, request: { at: string; period: string; series?: number }): Promise<{ id: string; ms: number }[]> {
  const times: { id: string; ms: number }[] = [];
  for (const def of listIndicators()) times.push({ id: def.id, ms: await timed(() => evaluateIndicators(db, { ...request, ids: [def.id] })) });
  return times.sort((a, b) => b.ms - a.ms).slice(0, 5);
}

export async function benchIndicators(log: (line: string) => void = () => undefined): Promise<object> {
  const populations = (process.env.KESTREL_BENCH_POPULATIONS ?? '20000,100000,300000').split(',').map(Number);
  const backends = (process.env.KESTREL_BENCH_BACKENDS ?? 'pglite,postgres').split(',');
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const timings: Timing[] = [];
  for (const population of populations) {
    const params: CouncilParams = { population, years: 10, seed: 'bench', to: TO };
    if (backends.includes('pglite')) {
      timings.push(await benchStore('pglite', population, () => cachedPglite(params, log)));
      log(JSON.stringify(timings.at(-1)));
    }
    if (url && backends.includes('postgres')) {
      timings.push(await benchStore('postgres', population, () => cachedServer(url, params, log)));
      log(JSON.stringify(timings.at(-1)));
    }
  }
  return {
    indicators: listIndicators().length,
    targets: { population: 300_000, oneDateMs: 2000, series24Ms: 20000, memoryMb: 2048 },
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    timings,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchIndicators((line) => console.error(line)), null, 2));
}
