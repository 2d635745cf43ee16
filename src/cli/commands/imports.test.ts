// kestrel import --accept-errors and kestrel imports list|show, end to end through main(argv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import { buildCouncil } from '../../records/factories.ts';
import { buildReturnsCouncil, rowCounts } from '../../returns/store/test-council.ts';

async function counts(dataDir: string): Promise<Record<string, number>> {
  const store = await openMigratedStore({ dataDir });
  try {
    const [batches] = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch');
    return { ...(await rowCounts(store)), import_batch: batches?.n ?? 0 };
  } finally {
    await store.close();
  }
}

function appendLine(path: string, line: string): void {
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, `${text.replace(/\r\n$/, '')}\r\n${line}\r\n`);
}

test('kestrel import --accept-errors stores what it can, names the rest, and kestrel imports shows it later', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-cli-imports-'));
  try {
    const source = join(dir, 'source');
    const target = join(dir, 'target');
    const setup = await openMigratedStore({ dataDir: source });
    await buildReturnsCouncil(setup);
    await setup.close();
    const empty = await openMigratedStore({ dataDir: target });
    await buildCouncil(empty, { la_code: '990' });
    await empty.close();
    assert.equal((await run(['export', '903', '--year', '2025', join(dir, '903'), '--data-dir', source])).code, 0);
    assert.equal((await run(['export', 'cin', '--year', '2025', join(dir, 'cin.xml'), '--data-dir', source])).code, 0);
    // reviews.csv has a header and three reviews (the duplicate is line 5), episodes.csv six episodes (line 8).
    appendLine(join(dir, '903', 'reviews.csv'), 'RT0001,14/05/2012,24/06/2024,PN7');
    appendLine(join(dir, '903', 'episodes.csv'), 'RT0002,01/08/2024,P,C2,N2,U4,PR1,,,,AB1 1AA,AB5 6GH,SC111111');
    const before = await counts(target);

    const refused = await run(['import', '903', join(dir, '903'), '--data-dir', target]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /^kestrel: 903 was not imported: \d+ errors? must be fixed first/);
    assert.deepEqual(await counts(target), before, 'the store is unchanged');

    const accepted = await run(['import', '903', join(dir, '903'), '--data-dir', target, '--accept-errors']);
    assert.equal(accepted.code, 0, accepted.err);
    assert.match(
      accepted.out,
      /^Imported 903 into council 990 as import 1 \(\d+ errors? accepted.*\): .*cla_review 3 new/,
    );
    assert.match(accepted.out, /\nLeft out 2 rows the store cannot hold:\n/);
    assert.match(accepted.out, /\n {2}reviews\.csv line 5 child RT0001: a second cla review/);
    assert.match(
      accepted.out,
      /\n {2}episodes\.csv line 8 child RT0002: starts on 2024-08-01 while the episode from 2023-01-09 is still open/,
    );

    // A truncated census is refused whole even when errors are accepted: one line, nothing written.
    const text = readFileSync(join(dir, 'cin.xml'), 'utf8');
    writeFileSync(join(dir, 'cut.xml'), text.slice(0, Math.floor(text.length / 2)));
    const afterImport = await counts(target);
    const cut = await run(['import', 'cin', join(dir, 'cut.xml'), '--data-dir', target, '--accept-errors']);
    assert.equal(cut.code, 1);
    assert.match(cut.err, /^kestrel: .*cut short.*\n$/);
    assert.equal(cut.err.trim().split('\n').length, 1, 'one line');
    assert.deepEqual(await counts(target), afterImport);

    const list = await run(['imports', 'list', '--data-dir', target]);
    assert.equal(list.code, 0, list.err);
    const rows = list.out.trim().split('\n');
    assert.equal(rows.length, 2);
    assert.match(rows[1]!, /^1\t990\t903\t2025\t\S+\tcli:\S+\t.*episodes\.csv.*\t\d+\t2\t\d+\t\d+\tyes$/);
    const json = JSON.parse(
      (await run(['imports', 'list', '--la', '990', '--format', 'json', '--data-dir', target])).out,
    );
    assert.deepEqual(
      json.map((b: { id: number; leftOutTotal: number; acceptedErrors: boolean }) => [
        b.id,
        b.leftOutTotal,
        b.acceptedErrors,
      ]),
      [[1, 2, true]],
    );
    assert.deepEqual(
      JSON.parse((await run(['imports', 'list', '--la', '991', '--format', 'json', '--data-dir', target])).out),
      [],
    );

    const csv = await run(['imports', 'show', '1', '--format', 'csv', '--data-dir', target]);
    assert.equal(csv.code, 0, csv.err);
    const csvLines = csv.out.split('\r\n');
    assert.equal(csvLines[0], 'kind,code,severity,table,file,line,child,reason');
    assert.ok(csvLines.some((l) => l.startsWith('left out,,,cla_review,reviews.csv,5,RT0001,')));
    assert.ok(csvLines.some((l) => l.startsWith('finding,')));
    const shown = await run(['imports', 'show', '1', '--data-dir', target]);
    assert.match(shown.out, /^import 1: 903 2025 into council 990\n/);
    assert.match(shown.out, /\nleft out: 2\n/);
    const showJson = JSON.parse((await run(['imports', 'show', '1', '--format', 'json', '--data-dir', target])).out);
    assert.equal(showJson.leftOutRows.length, 2);

    const missing = await run(['imports', 'show', '99', '--data-dir', target]);
    assert.equal(missing.code, 1);
    assert.equal(missing.err, 'kestrel: there is no import 99 in the store; kestrel imports list shows them\n');
    const badFormat = await run(['imports', 'show', '1', '--format', 'pdf', '--data-dir', target]);
    assert.equal(badFormat.code, 2);

    const store = await openMigratedStore({ dataDir: target });
    const views = await store.query(
      "SELECT entity_id FROM audit_log WHERE action = 'view' AND entity = 'import_batch'",
    );
    await store.close();
    assert.equal(views.length, 3, 'each show of a batch is audited');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
