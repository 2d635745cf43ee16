// The command as `npm ci` installs it: scripts/build.mjs compiles src/ into dist/ and bin/kestrel.js runs
// that JavaScript. A build that breaks (a runtime file not copied, an import left pointing at .ts) fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const CIN_FIXTURE = join(ROOT, 'src', 'returns', 'io', 'fixtures', 'cin-xml', 'no-header.xml');

/** Files under src/ that are neither code, notes nor test fixtures: what the code reads at run time. */
function runtimeDataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : runtimeDataFiles(path);
    return /\.(tsx?|md)$/.test(entry.name) ? [] : [path];
  });
}

async function node(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['KESTREL_DATA_DIR'];
  delete env['NODE_OPTIONS']; // the test runner's tsx hooks: the built command must run without them
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
      cwd,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      out: failed.stdout ?? '',
      err: failed.stderr ?? '',
    };
  }
}

test('the built kestrel command: --help, indicators --list, and a validation that opens no store', async () => {
  const build = await node([join(ROOT, 'scripts', 'build.mjs'), '--incremental'], ROOT);
  assert.equal(build.code, 0, `build failed: ${build.err}${build.out}`);
  assert.ok(existsSync(join(ROOT, 'dist', 'cli', 'main.js')));
  assert.ok(existsSync(join(ROOT, 'dist', 'store', 'migrations')), 'migrations copied beside the code that reads them');
  // Every file the code reads at run time from beside itself (all but sources, notes and test fixtures)
  // is in dist/: `kestrel demo` once failed on the breached-password list left behind.
  for (const file of runtimeDataFiles(join(ROOT, 'src')))
    assert.ok(existsSync(join(ROOT, 'dist', relative(join(ROOT, 'src'), file))), `${file} copied into dist/`);

  const kestrel = join(ROOT, 'bin', 'kestrel.js');
  const help = await node([kestrel, '--help'], ROOT);
  assert.equal(help.code, 0, help.err);
  assert.match(help.out, /^Usage: kestrel /);
  assert.match(help.out, /indicators \[options\]/);

  const list = await node([kestrel, 'indicators', '--list'], ROOT);
  assert.equal(list.code, 0, list.err);
  assert.match(list.out, /^contacts\s+period/m);

  // Run from an empty folder: validation must not create ./.kestrel (it needs no store), and the XSD
  // check runs in the compiled worker.
  const cwd = mkdtempSync(join(tmpdir(), 'kestrel-built-'));
  try {
    const checked = await node([kestrel, 'validate', 'cin', CIN_FIXTURE, '--year', '2024', '--format', 'json'], cwd);
    assert.ok(checked.code === 0 || checked.code === 1, checked.err);
    const report = JSON.parse(checked.out) as { findings: { code: string }[] };
    assert.ok(report.findings.length > 0);
    assert.deepEqual(readdirSync(cwd), [], 'validate created nothing in the working folder');
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});
