/**
 * Validate benchmark: `kestrel validate` as a council runs it, whole process (node start, the CLI, the
 * rules, the report written), on files made by the returns benchmark's generator (bench/returns.ts):
 * an SSDA903 CSV set (5 episodes a child) and a CIN census XML, at 2,000 children and growing to
 * 50,000, plus a 50,000-child census with a schema problem in every child and another in every third
 * (about 67,000), which must stay linear (the schema check keeps the detail of 5,000 and counts the
 * rest). Each case at 2,000 children runs `node bin/kestrel.js validate ...` three times (the growth
 * cases once); the median wall time and its
 * CPU time (user + system, from /usr/bin/time when present) are reported. Needs the built product
 * (`npm run build`); the reference figures of the open validators are in docs/BENCHMARKS.md.
 * Run: `npm run bench -- validate`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { write903Csv } from '../src/returns/io/write-903-csv.ts';
import { writeCinXml } from '../src/returns/io/write-cin-xml.ts';
import { generate903, generateCin } from './returns.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KESTREL = join(ROOT, 'bin', 'kestrel.js');
/** Runs of each case at 2,000 children (the median is reported); the growth cases run once. */
const RUNS = 3;
const SIZES = [2_000, 10_000, 50_000];

interface Timing {
  wallMs: number;
  cpuMs: number | null;
  peakMb: number | null;
}

function hasTime(): boolean {
  return existsSync('/usr/bin/time');
}

/** One whole `kestrel validate` process: wall time, and CPU and peak memory when /usr/bin/time is there. */
function runOnce(args: string[]): Timing {
  const stats = join(tmpdir(), `kestrel-validate-bench-${process.pid}.time`);
  const command = hasTime()
    ? ['/usr/bin/time', '-o', stats, '-f', '%U %S %M', process.execPath, KESTREL, ...args]
    : [process.execPath, KESTREL, ...args];
  const start = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - start;
  // Exit 1 means the return has errors, which some cases have on purpose; 2 or a signal is a failure.
  if (run.status !== 0 && run.status !== 1) throw new Error(`kestrel ${args.join(' ')} failed: ${run.stderr}`);
  if (!hasTime()) return { wallMs, cpuMs: null, peakMb: null };
  const [user, system, maxKb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(stats, { force: true });
  return { wallMs, cpuMs: (user! + system!) * 1000, peakMb: Math.round(maxKb! / 1024) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(args: string[], times: number): Timing & { runsWallMs: number[] } {
  const runs = Array.from({ length: times }, () => runOnce(args));
  const middle = runs.find((run) => run.wallMs === median(runs.map((r) => r.wallMs)))!;
  return { ...middle, runsWallMs: runs.map((run) => Math.round(run.wallMs)) };
}

/** The census with a schema problem in every child (ReferralNFA "no", not a boolean) and in every third (Sex "X"). */
function withSchemaProblems(file: string, out: string): number {
  let child = 0;
  const text = readFileSync(file, 'utf8')
    .replaceAll('<ReferralNFA>0</ReferralNFA>', '<ReferralNFA>no</ReferralNFA>')
    .replace(/<Sex>([MF])<\/Sex>/g, (whole) => (child++ % 3 === 0 ? '<Sex>X</Sex>' : whole));
  writeFileSync(out, text);
  return (text.match(/<ReferralNFA>no</g) ?? []).length + Math.ceil(child / 3);
}

export async function benchValidate(): Promise<object> {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))
    throw new Error('build the product first (npm run build): the benchmark times bin/kestrel.js as installed');
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-validate-bench-'));
  const report = join(dir, 'report.json');
  const cases: Record<string, object> = {};
  try {
    for (const children of SIZES) {
      const folder = join(dir, `903-${children}`);
      mkdirSync(folder);
      await write903Csv(folder, generate903(children, 5));
      const census = join(dir, `cin-${children}.xml`);
      await writeCinXml(census, generateCin(children));
      const common = ['--quiet', 'validate'];
      const output = ['--format', 'json', '--output', report];
      const times = children === SIZES[0] ? RUNS : 1;
      cases[`903, ${children} children`] = measure([...common, '903', folder, '--year', '2025', ...output], times);
      cases[`CIN, ${children} children`] = measure([...common, 'cin', census, ...output], times);
      if (children === SIZES.at(-1)) {
        const broken = join(dir, `cin-${children}-schema.xml`);
        const problems = withSchemaProblems(census, broken);
        cases[`CIN, ${children} children, ${problems} schema problems`] = measure(
          [...common, 'cin', broken, ...output],
          times,
        );
      }
      rmSync(folder, { recursive: true, force: true });
    }
    const version = execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim();
    return { node: version, runs: RUNS, cases };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
