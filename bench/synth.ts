/**
 * Benchmark of `kestrel synth`: generation and load time, rows per second, peak memory and store size
 * for councils of 65,000 and 300,000 children aged 0-17 over six years, on PGlite (a temporary data
 * directory) and on PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set. Each case runs in its own
 * process so that its peak memory (VmHWM) is its own. Target: 65,000 on PGlite in under 60 s and 1.5 GB.
 *
 *   node --import tsx bench/synth.ts            all cases, JSON on stdout
 *   node --import tsx bench/synth.ts 65000      one population
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

export interface SynthBenchCase {
  backend: 'pglite' | 'postgres';
  population: number;
  years: number;
  children: number;
  rows: number;
  generateSeconds: number;
  loadSeconds: number;
  totalSeconds: number;
  rowsPerSecond: number;
  peakMemoryMb: number;
  storeSizeMb: number;
}

/** A case that did not complete (e.g. out of memory), with the first error line. */
export interface SynthBenchFailure {
  backend: 'pglite' | 'postgres';
  population: number;
  years: number;
  error: string;
}

const POPULATIONS = [65000, 300000];
const YEARS = 6;

/** Runs every case, each in a child process; PostgreSQL cases only when a server URL is set. */
export async function benchSynth(
  populations: number[] = POPULATIONS,
): Promise<{ target: string; cases: (SynthBenchCase | SynthBenchFailure)[] }> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const cases: (SynthBenchCase | SynthBenchFailure)[] = [];
  for (const population of populations) {
    for (const backend of url ? (['pglite', 'postgres'] as const) : (['pglite'] as const)) {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--case', backend, String(population)],
        {
          encoding: 'utf8',
          env: process.env,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      if (result.status !== 0) {
        const message =
          result.stderr.split('\n').find((line) => /Error|error:/.test(line)) ??
          result.stderr.trim().split('\n').pop() ??
          'failed';
        cases.push({ backend, population, years: YEARS, error: message.trim() });
        continue;
      }
      cases.push(JSON.parse(result.stdout.trim().split('\n').pop()!) as SynthBenchCase);
    }
  }
  return { target: '65,000 children over six years on PGlite: under 60 s and 1.5 GB peak', cases };
}

function peakMemoryMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : Math.round(process.memoryUsage().rss / 1e6);
}

function directorySize(path: string): number {
  let size = 0;
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    const stat = statSync(full);
    size += stat.isDirectory() ? directorySize(full) : stat.size;
  }
  return size;
}

/** One case, in this process. */
async function runCase(backend: 'pglite' | 'postgres', population: number): Promise<SynthBenchCase> {
  const { openStore, dropServerSchema } = await import('../src/store/open.ts');
  const { migrate } = await import('../src/store/migrate.ts');
  const { generateCouncil, loadCouncil } = await import('../src/synth/index.ts');
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const dataDir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'kestrel-bench-synth-')) : undefined;
  const schema = backend === 'postgres' ? `kestrel_bench_${randomBytes(4).toString('hex')}` : undefined;
  const store = await openStore(backend === 'pglite' ? { dataDir } : { databaseUrl: url, schema });
  try {
    await migrate(store);
    const started = performance.now();
    const council = generateCouncil({ population, years: YEARS, seed: 1 });
    const generated = performance.now();
    const { totalRows } = await loadCouncil(store, council);
    const loaded = performance.now();
    let storeSizeMb: number;
    if (backend === 'postgres') {
      const [row] = await store.query<{ bytes: number }>(
        `SELECT sum(pg_total_relation_size(format('%I.%I', schemaname, tablename)))::bigint AS bytes FROM pg_tables WHERE schemaname = $1`,
        [schema],
      );
      storeSizeMb = Math.round(Number(row?.bytes ?? 0) / 1e6);
    } else {
      await store.query('CHECKPOINT');
      storeSizeMb = Math.round(directorySize(dataDir!) / 1e6);
    }
    const generateSeconds = (generated - started) / 1000;
    const loadSeconds = (loaded - generated) / 1000;
    return {
      backend,
      population,
      years: YEARS,
      children: council.children,
      rows: totalRows,
      generateSeconds: round(generateSeconds),
      loadSeconds: round(loadSeconds),
      totalSeconds: round(generateSeconds + loadSeconds),
      rowsPerSecond: Math.round(totalRows / loadSeconds),
      peakMemoryMb: peakMemoryMb(),
      storeSizeMb,
    };
  } finally {
    await store.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (schema && url) await dropServerSchema(url, schema);
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const args = process.argv.slice(2);
  if (args[0] === '--case') {
    const result = await runCase(args[1] as 'pglite' | 'postgres', Number(args[2]));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const populations = args.length ? args.map(Number) : POPULATIONS;
    process.stdout.write(`${JSON.stringify(await benchSynth(populations), null, 2)}\n`);
  }
}
