// Every refusal is one line in one style with exit 2 (usage) or 1 (otherwise), never a stack trace, and
// comes before the store is opened: a data directory named on the line is not even created.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportError } from './main.ts';
import { runKestrel } from './testing.ts';

const CIN_FIXTURE = join(import.meta.dirname, '..', 'returns', 'io', 'fixtures', 'cin-xml', 'no-header.xml');

function assertOneLine(err: string, pattern: RegExp, what: string): void {
  const lines = err.trimEnd().split('\n');
  assert.equal(lines.length, 1, `${what}: one line, got ${err}`);
  assert.match(lines[0] ?? '', /^kestrel: /, what);
  assert.match(lines[0] ?? '', pattern, what);
  assert.doesNotMatch(err, /\n\s+at /, `${what}: no stack trace`);
}

test('refusals: one line, the right exit code, and no store created', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-refusals-'));
  try {
    const store = join(dir, 'store');
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const cases: Array<{ args: string[]; code: number; pattern: RegExp }> = [
      { args: ['indicators', '--at', '2025-03-31', '--period', 'weekly'], code: 2, pattern: /Unknown period "weekly"/ },
      { args: ['indicators', '--at', '2025-03-31', '--level', 'region'], code: 2, pattern: /Unknown level "region"/ },
      {
        args: ['indicators', '--at', '2025-03-31', '--id', 'no-such-indicator'],
        code: 2,
        pattern: /no-such-indicator/,
      },
      {
        args: ['indicators', '--at', '2025-03-31', '--param', 'cpp-repeat.within=5-years'],
        code: 2,
        pattern: /must be one of/,
      },
      {
        args: ['indicators', '--at', '2025-03-31', '--format', 'pdf'],
        code: 2,
        pattern: /expected table, json or csv.*; see kestrel indicators --help$/,
      },
      { args: ['indicators', '--bogus'], code: 2, pattern: /unknown option '--bogus'; see kestrel indicators --help$/ },
      { args: ['synth', '--population', '0'], code: 2, pattern: /between 1000 and/ },
      {
        args: ['export', 'cin', '--year', '2025', '/proc/x.xml'],
        code: 1,
        pattern: /^kestrel: cannot write \/proc\/x\.xml: .*; choose a path in a folder you can write to$/,
      },
      {
        args: ['export', 'annexa', '--at', '2025-03-31', join(dir, 'no-folder', 'a.xlsx')],
        code: 1,
        pattern: /cannot write .*no-folder.*its folder does not exist/,
      },
      { args: ['export', '903', '--year', '2025', '/proc/x'], code: 1, pattern: /cannot write \/proc\/x/ },
      { args: ['measures', 'import', folder], code: 1, pattern: /cannot read .*a-folder: it is a folder, not a file/ },
      {
        args: ['measures', 'import', join(dir, 'missing.csv')],
        code: 1,
        pattern: /cannot read .*missing\.csv: it does not exist; check the path$/,
      },
      { args: ['import', 'cin', join(dir, 'missing.xml')], code: 1, pattern: /missing\.xml: it does not exist/ },
      { args: ['import', 'annexa', folder], code: 1, pattern: /it is a folder, not a file/ },
      { args: ['import', '903', join(dir, 'missing')], code: 1, pattern: /does not exist/ },
      { args: ['import', '903', join(dir, 'missing'), '--accept-errors'], code: 1, pattern: /does not exist/ },
      { args: ['imports', 'show', 'first'], code: 2, pattern: /first/ },
      { args: ['imports', 'list', '--format', 'csv'], code: 2, pattern: /expected one of table, json, got "csv"/ },
    ];
    for (const { args, code, pattern } of cases) {
      const run = await runKestrel([...args, '--data-dir', store]);
      assert.equal(run.code, code, `${args.join(' ')}: ${run.err}`);
      assertOneLine(run.err, pattern, args.join(' '));
      assert.equal(existsSync(store), false, `${args.join(' ')} created the store`);
    }
    assert.equal(existsSync(join(dir, 'no-folder')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('validate: an unwritable report path is refused before the file is read, and nothing is left behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-refusals-'));
  try {
    const nowhere = await runKestrel([
      'validate',
      'cin',
      CIN_FIXTURE,
      '--output',
      '/nonexistent-dir/r.html',
      '--format',
      'html',
    ]);
    assert.equal(nowhere.code, 1);
    assertOneLine(nowhere.err, /cannot write \/nonexistent-dir\/r\.html/, 'unwritable --output');
    const xlsx = await runKestrel(['validate', 'cin', CIN_FIXTURE, '--format', 'xlsx']);
    assert.equal(xlsx.code, 2);
    assertOneLine(xlsx.err, /--output FILE\.xlsx/, 'xlsx without --output');
    const folder = await runKestrel(['validate', 'cin', dir]);
    assert.equal(folder.code, 1);
    assertOneLine(folder.err, /it is a folder, not a file/, 'a folder for a file');
    // A report that is written lands whole under its name, with no temporary file beside it.
    const report = join(dir, 'report.json');
    const written = await runKestrel([
      'validate',
      'cin',
      CIN_FIXTURE,
      '--year',
      '2024',
      '--format',
      'json',
      '--output',
      report,
    ]);
    assert.equal(written.err, '');
    assert.ok(existsSync(report));
    writeFileSync(join(dir, 'keep'), '');
    assert.deepEqual(readdirSync(dir).sort(), ['keep', 'report.json']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unexpected error is one line naming KESTREL_DEBUG; the stack only with KESTREL_DEBUG=1', () => {
  const written: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  const debug = process.env['KESTREL_DEBUG'];
  process.stderr.write = ((chunk: string) => (written.push(chunk), true)) as typeof process.stderr.write;
  try {
    delete process.env['KESTREL_DEBUG'];
    assert.equal(reportError(new TypeError('cannot read properties of undefined\n(reading "x")')), 1);
    process.env['KESTREL_DEBUG'] = '1';
    assert.equal(reportError(new Error('boom')), 1);
  } finally {
    process.stderr.write = write;
    if (debug === undefined) delete process.env['KESTREL_DEBUG'];
    else process.env['KESTREL_DEBUG'] = debug;
  }
  assert.equal(
    written[0],
    'kestrel: internal error: cannot read properties of undefined (reading "x"); run with KESTREL_DEBUG=1 for details\n',
  );
  assert.match(
    written[1] ?? '',
    /^kestrel: internal error: boom; run with KESTREL_DEBUG=1 for details\nError: boom\n\s+at /,
  );
});
