// Runs the *.test.ts files under src/ with node's test runner, tier by tier (Node 20 does not expand
// globs itself). A file's tier is read from its name and imports, without running it:
//   browser   *.browser.test.ts (drives Chromium)
//   database  imports, directly or not, src/store/testing.ts or the CLI (src/cli/main.ts, src/cli/options.ts),
//             which opens a store
//   fast      everything else: no database, no browser
//   node scripts/run-tests.mjs                       every tier, fast first
//   node scripts/run-tests.mjs --tier fast           one tier (repeat --tier for more)
//   node scripts/run-tests.mjs src/calendar ...      the tests under these folders or files
//   node scripts/run-tests.mjs --list                each file with its tier, without running
// Every tier runs even when an earlier one fails; the last lines are the totals in node's own summary
// form (`# pass N`, `# fail N`) and as `N passed, N failed`, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DATABASE_MODULES = ['src/store/testing.ts', 'src/cli/main.ts', 'src/cli/options.ts'].map((path) =>
  join(ROOT, path),
);
const CORES = availableParallelism();

/**
 * Files run side by side in each tier. Fast files are CPU-bound: one per core. Database files wait on
 * PostgreSQL half the time when TEST_DATABASE_URL is set, so one more keeps both cores busy. Browser
 * files each start a Chromium: one at a time.
 */
const TIERS = {
  fast: { concurrency: CORES },
  database: { concurrency: process.env.TEST_DATABASE_URL ? CORES + 1 : CORES },
  browser: { concurrency: 1 },
};

function testFiles(path) {
  if (statSync(path).isFile()) return path.endsWith('.test.ts') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name === 'node_modules' ? [] : testFiles(join(path, name))));
}

/** The tier of one test file, from its name and the modules it imports, directly or through others. */
function tierOf(file) {
  if (file.endsWith('.browser.test.ts')) return 'browser';
  return reachesDatabase(file, new Set()) ? 'database' : 'fast';
}

const reachesDatabaseCache = new Map();

/** Whether a module imports (at run time, not `import type`) one of DATABASE_MODULES, following the repository's own modules. */
function reachesDatabase(file, visiting) {
  if (DATABASE_MODULES.includes(file)) return true;
  if (reachesDatabaseCache.has(file)) return reachesDatabaseCache.get(file);
  if (visiting.has(file) || !existsSync(file)) return false;
  visiting.add(file);
  const source = readFileSync(file, 'utf8');
  const imports = [...source.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+'(\.[^']+\.ts)'/gms)].map((match) =>
    resolve(dirname(file), match[1]),
  );
  const reaches = imports.some((path) => reachesDatabase(path, visiting));
  reachesDatabaseCache.set(file, reaches);
  return reaches;
}

function parseArguments(argv) {
  const tiers = [];
  const roots = [];
  let list = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--tier') tiers.push(argv[(i += 1)]);
    else if (argv[i] === '--list') list = true;
    else roots.push(argv[i]);
  }
  const unknown = tiers.filter((tier) => !(tier in TIERS));
  if (unknown.length || tiers.includes(undefined)) {
    console.error(`Unknown tier: ${unknown.join(', ') || '(none given)'} (tiers: ${Object.keys(TIERS).join(', ')})`);
    process.exit(2);
  }
  return { list, tiers: tiers.length ? tiers : Object.keys(TIERS), roots: roots.length ? roots : [join(ROOT, 'src')] };
}

/** Runs one tier's files: the spec report to the terminal, node's TAP summary to a file to be added up. */
function runTier(tier, files, tapFile) {
  console.log(
    `\n== ${tier} tier: ${files.length} file${files.length === 1 ? '' : 's'}, ${TIERS[tier].concurrency} at a time`,
  );
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${TIERS[tier].concurrency}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...files,
    ],
    { stdio: 'inherit' },
  );
  const counts = summaryOf(tapFile);
  // A runner that died before its summary counts as one failure, so the totals never read as green.
  if (result.status !== 0 && counts.fail === 0) counts.fail = 1;
  return counts;
}

/** The `# tests N`, `# pass N`, ... lines node's TAP reporter ends with. */
function summaryOf(tapFile) {
  const counts = { tests: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  let text = '';
  try {
    text = readFileSync(tapFile, 'utf8');
  } catch {
    return counts;
  }
  for (const match of text.matchAll(/^# (tests|pass|fail|cancelled|skipped|todo) (\d+)$/gm))
    counts[match[1]] = Number(match[2]);
  return counts;
}

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

const { list, tiers, roots } = parseArguments(process.argv.slice(2));
const files = roots.flatMap(testFiles);
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
if (list) {
  for (const file of files) console.log(`${tierOf(file).padEnd(9)} ${relative(process.cwd(), file)}`);
  process.exit(0);
}
const reports = mkdtempSync(join(tmpdir(), 'kestrel-tests-'));
const started = performance.now();
const totals = { tests: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
const lines = [];
try {
  for (const tier of tiers) {
    const chosen = files.filter((file) => tierOf(file) === tier).map((file) => relative(process.cwd(), file));
    if (chosen.length === 0) continue;
    const tierStarted = performance.now();
    const counts = runTier(tier, chosen, join(reports, `${tier}.tap`));
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    lines.push(
      `${tier}: ${counts.pass} passed, ${counts.fail} failed, ${counts.skipped} skipped in ${seconds(tierStarted)}`,
    );
  }
} finally {
  rmSync(reports, { recursive: true, force: true });
}
console.log(`\n${lines.join('\n')}`);
for (const [key, value] of Object.entries(totals)) console.log(`# ${key} ${value}`);
console.log(`# duration_ms ${Math.round(performance.now() - started)}`);
console.log(`${totals.pass} passed, ${totals.fail + totals.cancelled} failed`);
process.exit(totals.fail + totals.cancelled > 0 ? 1 : 0);
