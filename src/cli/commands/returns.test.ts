// The validate, import and export commands end to end through main(argv): success, bad input and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import { buildCouncil } from '../../records/factories.ts';
import { buildReturnsCouncil, rowCounts } from '../../returns/store/test-council.ts';

async function counts(dataDir: string): Promise<Record<string, number>> {
  const store = await openMigratedStore({ dataDir });
  try {
    return await rowCounts(store);
  } finally {
    await store.close();
  }
}

test('kestrel export, validate and import of the 903 and CIN census', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-cli-returns-'));
  try {
    const source = join(dir, 'source');
    const target = join(dir, 'target');
    const setup = await openMigratedStore({ dataDir: source });
    await buildReturnsCouncil(setup);
    await setup.close();
    const empty = await openMigratedStore({ dataDir: target });
    await buildCouncil(empty, { la_code: '990' });
    await empty.close();

    const exported = await run(['export', '903', '--year', '2025', join(dir, '903'), '--data-dir', source]);
    assert.equal(exported.code, 0, exported.err);
    assert.match(exported.out, /Exported 4 children .* for council 990/);
    const cin = await run(['export', 'cin', '--year', '2025', join(dir, 'cin.xml'), '--data-dir', source]);
    assert.equal(cin.code, 0, cin.err);

    const valid = await run(['validate', '903', join(dir, '903'), '--format', 'json']);
    assert.equal(valid.code, 0, valid.out);
    assert.equal(JSON.parse(valid.out).summary.errors, 0);
    const validCin = await run([
      'validate',
      'cin',
      join(dir, 'cin.xml'),
      '--format',
      'html',
      '--output',
      join(dir, 'report.html'),
    ]);
    assert.equal(validCin.code, 0, validCin.out);
    assert.match(
      readFileSync(join(dir, 'report.html'), 'utf8'),
      /<title>CIN census 2024-25: validation report<\/title>/,
    );

    const imported = await run(['import', '903', join(dir, '903'), '--data-dir', target]);
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /Imported .* into council 990.*cla_episode 6 new/);
    const importedCin = await run(['import', 'cin', join(dir, 'cin.xml'), '--data-dir', target]);
    assert.equal(importedCin.code, 0, importedCin.err);
    const again = await run(['import', 'cin', join(dir, 'cin.xml'), '--data-dir', target]);
    assert.match(again.out, /nothing changed/);

    const store = await openMigratedStore({ dataDir: target });
    const audit = await store.query<{ actor: string; action: string; entity: string; detail: { file: string } }>(
      'SELECT actor, action, entity, detail FROM audit_log ORDER BY id',
    );
    await store.close();
    assert.deepEqual(
      audit.map((a) => [a.actor, a.action, a.entity, a.detail.file]),
      [
        [`cli:${userInfo().username}`, 'import', '903', '903'],
        [`cli:${userInfo().username}`, 'import', 'cin', 'cin.xml'],
        [`cli:${userInfo().username}`, 'import', 'cin', 'cin.xml'],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('kestrel validate and import refuse bad returns with one plain message and the right exit code', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-cli-bad-'));
  try {
    const source = join(dir, 'source');
    const setup = await openMigratedStore({ dataDir: source });
    await buildReturnsCouncil(setup);
    await setup.close();
    assert.equal((await run(['export', '903', '--year', '2025', join(dir, '903'), '--data-dir', source])).code, 0);
    const episodes = join(dir, '903', 'episodes.csv');
    writeFileSync(episodes, readFileSync(episodes, 'utf8').replace('03/06/2024', '31/02/2024'));
    const before = await counts(source);

    const report = await run([
      'validate',
      '903',
      join(dir, '903'),
      '--format',
      'csv',
      '--output',
      join(dir, 'findings.csv'),
    ]);
    assert.equal(report.code, 1);
    assert.match(readFileSync(join(dir, 'findings.csv'), 'utf8'), /error,.*episodes\.csv/);

    const refused = await run(['import', '903', join(dir, '903'), '--data-dir', source]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /^kestrel: 903 was not imported: \d+ errors? must be fixed first/);
    assert.doesNotMatch(refused.err, /\n\s+at /, 'no stack trace');
    assert.deepEqual(await counts(source), before);

    const missing = await run(['validate', 'cin', join(dir, 'nothing.xml')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /does not exist/);
    const badFormat = await run(['validate', '903', join(dir, '903'), '--format', 'pdf']);
    assert.equal(badFormat.code, 2);
    const noYear = await run(['export', 'cin', join(dir, 'x.xml'), '--data-dir', source]);
    assert.equal(noYear.code, 2);
    assert.match(noYear.err, /--year/);
    assert.equal(existsSync(join(dir, 'x.xml')), false);

    const annexa = await run([
      'export',
      'annexa',
      '--at',
      '2025-03-31',
      join(dir, 'annexa.xlsx'),
      '--data-dir',
      source,
    ]);
    assert.equal(annexa.code, 0, annexa.err);
    const reimport = await run(['import', 'annexa', join(dir, 'annexa.xlsx'), '--data-dir', source]);
    assert.equal(reimport.code, 0, reimport.err);
    assert.match(reimport.out, /nothing changed/);
    const checked = await run(['validate', 'annexa', join(dir, 'annexa.xlsx'), '--format', 'json']);
    assert.equal(checked.code, 0, checked.err);
    assert.equal(JSON.parse(checked.out).summary.errors, 0);
    const notAWorkbook = await run(['validate', 'annexa', episodes]);
    assert.equal(notAWorkbook.code, 1);
    assert.doesNotMatch(notAWorkbook.err, /\n\s+at /, 'no stack trace');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
