/**
 * Scorecard from the records: the whole `kestrel scorecard --format html` and `--format pdf` and
 * `kestrel report committee --format html` processes, as a user runs them, on the benchmark's stored
 * councils (bench/indicators.ts generates them once and keeps them), with the default framework (39
 * measures, 24-point trends, benchmarks). The issue asks, at 300,000 children: HTML under 8 s, PDF
 * under 12 s, the committee report under 15 s.
 * Run: `KESTREL_BENCH_REUSE=1 KESTREL_BENCH_SCORECARD_POPULATIONS=65000 npm run bench -- scorecard`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDefaultFramework } from '../src/framework/versions.ts';
import { migrate } from '../src/store/migrate.ts';
import { pgliteCouncil, serverCouncil, type CouncilStore } from './indicators.ts';

const KESTREL = fileURLToPath(new URL('../bin/kestrel.js', import.meta.url));
/** The benchmark councils' records end on this date (bench/indicators.ts). */
const AT = '2026-03-31';

function kestrel(args: string[]): number {
  const started = performance.now();
  const child = spawnSync(process.execPath, [KESTREL, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0)
    throw new Error(`kestrel ${args.join(' ')} failed: ${child.stderr.trim().split('\n').at(-1)}`);
  return Math.round(performance.now() - started);
}

/** The default framework, imported once into the stored council (a version is never replaced). */
async function withFramework(council: CouncilStore): Promise<void> {
  const db = await council.open();
  try {
    await migrate(db); // a council stored before the framework's tables, as any command would
    const [held] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM framework_version');
    if ((held?.n ?? 0) > 0) return;
    const [{ la_code } = { la_code: '' }] = await db.query<{ la_code: string }>('SELECT la_code FROM council');
    await importDefaultFramework(db, la_code, 'bench');
  } finally {
    await db.close();
  }
}

async function benchCouncil(council: CouncilStore, population: number): Promise<object> {
  await withFramework(council);
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-bench-scorecard-'));
  try {
    const out = (name: string) => ['-o', join(dir, name), ...council.flags];
    return {
      backend: council.backend,
      population,
      at: AT,
      wholeProcessMs: {
        scorecardHtml: kestrel(['scorecard', '--at', AT, '--format', 'html', ...out('s.html')]),
        scorecardPdf: kestrel(['scorecard', '--at', AT, '--format', 'pdf', ...out('s.pdf')]),
        committeeHtml: kestrel(['report', 'committee', '--period', '2025-26Q4', '--format', 'html', ...out('c.html')]),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchScorecard(log: (line: string) => void = (line) => console.error(line)): Promise<object> {
  const populations = (process.env.KESTREL_BENCH_SCORECARD_POPULATIONS ?? '20000').split(',').map(Number);
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const timings: object[] = [];
  for (const population of populations) {
    timings.push(await benchCouncil(pgliteCouncil(population, log), population));
    if (url) timings.push(await benchCouncil(await serverCouncil(url, population, log), population));
  }
  return { timings };
}
