/**
 * Drift benchmark (issue 14): every clock for every open case of a 65,000-child council (ten years of
 * history, the indicator benchmark's generator settings), on the embedded store and, when
 * TEST_DATABASE_URL or DATABASE_URL is set, on that PostgreSQL server. Target: the drift list under 2 s.
 * - whole process: the shipped command `node bin/kestrel.js drift --at ... --format json`, spawn to exit
 *   (it also writes the audit rows of the children it lists);
 * - in process: the clock engine alone (every clock, first run and warm) and the drift list with its audit.
 * The council is made once by `kestrel synth` and kept (bench/indicators.ts: pgliteCouncil, serverCouncil).
 * KESTREL_BENCH_DRIFT_POPULATION overrides the size.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { migrate } from '../src/store/migrate.ts';
import { computeClocks } from '../src/practice/clocks/engine.ts';
import { driftList } from '../src/practice/clocks/drift.ts';
import { loadClockRules } from '../src/practice/clocks/rules.ts';
import { pgliteCouncil, serverCouncil, type CouncilStore } from './indicators.ts';
import { runKestrel } from './whole-process.ts';

const TO = '2026-03-31';

function wholeProcessMs(args: string[]): { ms: number; cpuMs: number | null; items: number } {
  const run = runKestrel(args);
  return { ms: run.ms, cpuMs: run.cpuMs, items: (JSON.parse(run.stdout) as { items: unknown[] }).items.length };
}

/** Wall time, and this process's CPU time (which includes PGlite's work, not a server's). */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), value };
}

async function benchOne(council: CouncilStore, population: number) {
  const db = await council.open();
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  const whole = wholeProcessMs(['drift', '--quiet', ...council.flags, '--at', TO, '--format', 'json']);
  const store = await council.open();
  try {
    const rules = loadClockRules();
    const laCode = (await store.query<{ la_code: string }>('SELECT la_code FROM council LIMIT 1'))[0]!.la_code;
    const first = await timed(() => computeClocks(store, { laCode, at: TO, rules }));
    const warm = await timed(() => computeClocks(store, { laCode, at: TO, rules }));
    const drift = await timed(() => driftList(store, { at: TO, rules, actor: 'bench', via: 'bench/drift.ts' }));
    const [open] = await store.query<{ n: number }>(
      `SELECT count(DISTINCT child_id)::int AS n FROM (
         SELECT child_id FROM referral WHERE referral_date <= $1 AND (closure_date IS NULL OR closure_date > $1)
         UNION SELECT child_id FROM care_period WHERE start_date <= $1 AND (end_date IS NULL OR end_date > $1)
         UNION SELECT child_id FROM care_leaver WHERE eligible_from <= $1 AND (services_ended IS NULL OR services_ended > $1)) o`,
      [TO],
    );
    return {
      backend: council.backend,
      population,
      at: TO,
      loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
      openCases: open?.n,
      clocks: warm.value.length,
      driftItems: drift.value.items.length,
      wholeProcessMs: whole.ms,
      wholeProcessCpuMs: whole.cpuMs,
      inProcess: {
        clocksFirstMs: first.ms,
        clocksWarmMs: warm.ms,
        driftListWithAuditMs: drift.ms,
        cpuMs: { clocksFirst: first.cpuMs, clocksWarm: warm.cpuMs, driftListWithAudit: drift.cpuMs },
      },
      targetMs: 2000,
    };
  } finally {
    await store.close();
  }
}

export async function benchDrift(log: (line: string) => void = (line) => console.error(line)): Promise<object> {
  const population = Number(process.env.KESTREL_BENCH_DRIFT_POPULATION ?? 65000);
  // bin/kestrel.js runs dist/: build it so the command measured is the code in this tree.
  spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url)), '--incremental'], {
    stdio: 'inherit',
  });
  const results = [await benchOne(pgliteCouncil(population, log), population)];
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url) results.push(await benchOne(await serverCouncil(url, population, log), population));
  return results;
}
