/**
 * `npm run bench`: the speed and memory benchmarks. Each suite runs in its own child process so that
 * peak memory is measured per suite. Figures go to stdout as JSON and to bench/out/<suite>.json; copy
 * them, with the machine they came from, into docs/BENCHMARKS.md.
 *   npm run bench                # every suite
 *   npm run bench -- synth       # one suite
 * Set DATABASE_URL (or TEST_DATABASE_URL) to also measure on a PostgreSQL server.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

const SUITES: Record<string, { file: string; fn: string }> = {
  synth: { file: './synth.ts', fn: 'benchSynth' },
  indicators: { file: './indicators.ts', fn: 'benchIndicators' },
  returns: { file: './returns.ts', fn: 'benchReturns' },
  access: { file: './access.ts', fn: 'benchAccess' },
  documents: { file: './documents.ts', fn: 'benchDocuments' },
  scorecard: { file: './scorecard.ts', fn: 'benchScorecard' },
  validate: { file: './validate.ts', fn: 'benchValidate' },
  drift: { file: './drift.ts', fn: 'benchDrift' },
  web: { file: './web-load.ts', fn: 'benchWebLoad' },
};

if (process.argv[2] === '--child') {
  const suite = SUITES[process.argv[3] ?? '']!;
  const module = (await import(suite.file)) as Record<string, () => Promise<object>>;
  const result = await module[suite.fn]!();
  process.stdout.write(`\n@@RESULT@@${JSON.stringify(result)}\n`);
  process.exit(0);
}

const chosen = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const unknown = chosen.filter((name) => !SUITES[name]);
if (unknown.length) {
  console.error(`Unknown benchmark suite: ${unknown.join(', ')} (suites: ${Object.keys(SUITES).join(', ')})`);
  process.exit(2);
}
// The load average at the start says how busy the machine was: on a shared 2-core machine other work
// lengthens every wall time measured.
const machine = {
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
};
console.error(`Machine: ${JSON.stringify(machine)}`);
mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
let failed = false;
for (const name of chosen.length ? chosen : Object.keys(SUITES)) {
  console.error(`== ${name}`);
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--max-old-space-size=4096', new URL(import.meta.url).pathname, '--child', name],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const marker = child.stdout.lastIndexOf('@@RESULT@@');
  if (child.status !== 0 || marker < 0) {
    console.error(`${name} failed (exit ${child.status})`);
    failed = true;
    continue;
  }
  const result = {
    suite: name,
    machine,
    at: new Date().toISOString(),
    result: JSON.parse(child.stdout.slice(marker + 10)),
  };
  writeFileSync(new URL(`./out/${name}.json`, import.meta.url), JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
}
process.exit(failed ? 1 : 0);
