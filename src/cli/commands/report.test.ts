/**
 * `kestrel scorecard` and `kestrel report` refuse bad options in one line, with a non-zero exit, before
 * the store is opened (so nothing is created or changed), and a level that does not exist after it is,
 * leaving no output file behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import { buildCouncil } from '../../records/factories.ts';

const REFUSED: { args: string[]; code: number; message: RegExp }[] = [
  {
    args: ['report', 'weekly', '--period', '2024-25'],
    code: 2,
    message: /unknown report "weekly": choose committee, statement, benchmarking/,
  },
  {
    args: ['report', 'committee', '--period', '2024-25Q5'],
    code: 2,
    message: /period "2024-25Q5": a financial year has quarters Q1 to Q4/,
  },
  {
    args: ['report', 'committee', '--period', '2024-26'],
    code: 2,
    message: /expected a financial year \(2024-25\), a quarter/,
  },
  { args: ['report', 'committee'], code: 2, message: /give the period with --period/ },
  {
    args: ['report', 'statement', '--period', '2024-25', '--format', 'xlsx', '-o', 'x.xlsx'],
    code: 2,
    message: /unknown format "xlsx": choose html, pdf, docx/,
  },
  { args: ['scorecard', '--at', '2025-03-31', '--level', 'squad:7'], code: 2, message: /unknown level "squad:7"/ },
  { args: ['scorecard', '--at', '2025-03-31', '--level', 'team'], code: 2, message: /give the team, as team:ID/ },
  { args: ['scorecard', '--at', '2025-03-31', '--format', 'pdf'], code: 2, message: /a pdf file needs -o FILE/ },
  {
    args: ['scorecard', '--at', '2025-03-31', '--threshold', '0'],
    code: 2,
    message: /--threshold must be a whole number from 1 to 100/,
  },
  { args: ['scorecard'], code: 2, message: /give the date with --at/ },
  {
    args: ['scorecard', '--at', '2025-03-31', '--format', 'pdf', '-o', '/proc/kestrel/scorecard.pdf'],
    code: 1,
    message: /cannot write \/proc\/kestrel\/scorecard\.pdf/,
  },
];

test('bad options are refused in one line before the store is opened', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-report-'));
  try {
    const dataDir = join(dir, 'store');
    for (const { args, code, message } of REFUSED) {
      const result = await run([...args, '--data-dir', dataDir]);
      assert.equal(result.code, code, `${args.join(' ')}: ${result.err}`);
      assert.match(result.err, message);
      assert.equal(
        result.err.trim().split('\n').length,
        1,
        `${args.join(' ')} printed more than one line: ${result.err}`,
      );
      assert.equal(existsSync(dataDir), false, `${args.join(' ')} opened the store`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a PDF with no Chromium to print it is refused in one line before the store is opened', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-report-'));
  const before = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = join(dir, 'no-chromium-here');
  try {
    const dataDir = join(dir, 'store');
    for (const args of [
      ['scorecard', '--at', '2025-03-31', '--format', 'pdf', '-o', join(dir, 's.pdf')],
      ['report', 'committee', '--period', '2024-25', '--format', 'pdf', '-o', join(dir, 'c.pdf')],
      ['sar', 'C1', '-o', join(dir, 'sar.pdf')],
    ]) {
      const result = await run([...args, '--data-dir', dataDir]);
      assert.equal(result.code, 1, `${args.join(' ')}: ${result.err}`);
      assert.match(result.err, /a PDF is printed by Chromium, and there is none at .*no-chromium-here; install it/);
      assert.equal(result.err.trim().split('\n').length, 1, result.err);
      assert.equal(existsSync(dataDir), false, `${args.join(' ')} opened the store`);
      assert.deepEqual(readdirSync(dir), [], `${args.join(' ')} left a file`);
    }
  } finally {
    if (before === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = before;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a level the council does not have is refused by name and leaves no file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-report-'));
  try {
    const dataDir = join(dir, 'store');
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup);
    await setup.close();
    const file = join(dir, 'out', 'scorecard.html');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'out'));
    const result = await run([
      'scorecard',
      '--at',
      '2025-03-31',
      '--level',
      'team:NO-SUCH-TEAM',
      '-o',
      file,
      '--data-dir',
      dataDir,
    ]);
    assert.equal(result.code, 1, result.err);
    assert.match(result.err, /council 990 has no team "NO-SUCH-TEAM"/);
    assert.deepEqual(readdirSync(join(dir, 'out')), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a document is written whole, and its export recorded in the audit trail', async () => {
  const { writeDocument, checkDocumentFlags } = await import('./report.ts');
  const { SCORECARD_FIXTURE } = await import('../../documents/fixtures/scorecard.fixture.ts');
  const { scorecardDocument } = await import('../../documents/scorecard-document.ts');
  const { readFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-report-'));
  try {
    const dataDir = join(dir, 'store');
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup);
    await setup.close();
    const file = join(dir, 'scorecard.html');
    const flags = { dataDir, format: 'html', output: file, level: 'council', quiet: true };
    const checked = await checkDocumentFlags(flags, 'html');
    const asked: unknown[] = [];
    const load = async (_db: unknown, request: unknown) => {
      asked.push(request);
      return SCORECARD_FIXTURE;
    };
    await writeDocument(
      flags,
      checked,
      { what: 'scorecard', at: '2017-12-31', period: undefined, format: 'html', load },
      async (s) => scorecardDocument(s, { marking: 'internal' }),
    );
    assert.deepEqual(asked, [{ at: '2017-12-31', level: { kind: 'council', id: null }, la: '990', period: undefined }]);
    assert.match(readFileSync(file, 'utf8'), /Children&#39;s Safeguarding scorecard: position as at 31 December 2017/);
    const store = await openMigratedStore({ dataDir });
    const audit = await store.query<{ actor: string; action: string; entity: string; detail: Record<string, unknown> }>(
      "SELECT actor, action, entity, detail FROM audit_log WHERE action = 'export'",
    );
    await store.close();
    assert.equal(audit.length, 1);
    assert.deepEqual(
      { ...audit[0], detail: { ...audit[0]!.detail } },
      {
        actor: 'cli:scorecard',
        action: 'export',
        entity: 'scorecard',
        detail: {
          target: file,
          format: 'html',
          at: '2017-12-31',
          period: null,
          level: { kind: 'council', id: null },
          marking: 'internal',
        },
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the scorecard and a committee report come from the framework in force, and each export is audited', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-report-'));
  try {
    const dataDir = join(dir, 'store');
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup);
    const [council] = await setup.query<{ la_code: string }>('SELECT la_code FROM council');
    const { importDefaultFramework } = await import('../../framework/versions.ts');
    await importDefaultFramework(setup, council!.la_code, 'cli:test');
    await setup.close();
    const { readFileSync } = await import('node:fs');
    const scorecard = join(dir, 'scorecard.html');
    const made = await run([
      'scorecard',
      '--at',
      '2017-12-31',
      '--format',
      'html',
      '-o',
      scorecard,
      '--data-dir',
      dataDir,
    ]);
    assert.equal(made.code, 0, made.err);
    const html = readFileSync(scorecard, 'utf8');
    assert.match(html, /Referral decisions made within 1 working day/);
    assert.match(html, /Timeliness of single assessments \(45 working days\)/);
    const committee = join(dir, 'committee.html');
    const report = await run([
      'report',
      'committee',
      '--period',
      '2017-18Q3',
      '--format',
      'html',
      '-o',
      committee,
      '--data-dir',
      dataDir,
    ]);
    assert.equal(report.code, 0, report.err);
    assert.match(readFileSync(committee, 'utf8'), /Referral decisions made within 1 working day/);
    const store = await openMigratedStore({ dataDir });
    const exports = await store.query<{ entity: string }>(
      "SELECT entity FROM audit_log WHERE action = 'export' ORDER BY id",
    );
    await store.close();
    assert.deepEqual(
      exports.map((row) => row.entity),
      ['scorecard', 'report-committee'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with no framework in force at the date, the command says so in one line and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-report-'));
  try {
    const dataDir = join(dir, 'store');
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup);
    await setup.close();
    const file = join(dir, 'report.html');
    const result = await run(['report', 'statement', '--period', '2017-18', '-o', file, '--data-dir', dataDir]);
    assert.notEqual(result.code, 0);
    assert.equal(result.err.trim().split('\n').length, 1, result.err);
    assert.doesNotMatch(result.err, /\bat .*\.ts:\d+/);
    assert.deepEqual(readdirSync(dir).sort(), ['store']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
