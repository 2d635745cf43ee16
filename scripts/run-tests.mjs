// Runs every *.test.ts under src/ with node's test runner (Node 20 does not expand globs itself).
// Pass folders or files to run a subset: `node scripts/run-tests.mjs src/calendar`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(path) {
  if (statSync(path).isFile()) return path.endsWith('.test.ts') ? [path] : [];
  return readdirSync(path).sort().flatMap((name) => (name === 'node_modules' ? [] : testFiles(join(path, name))));
}

const roots = process.argv.slice(2);
const files = (roots.length ? roots : ['src']).flatMap(testFiles);
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
