import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import { buildCouncil } from '../../records/factories.ts';

const GOOD = `name: Local framework
year: 2024-25
sections:
  - id: cp
    title: Child protection
    indicators:
      - id: cpp-repeat
        target: { year: 20, quarters: { Q1: 22 } }
        bands: { green: { lte: 20 }, amber: { gt: 20, lte: 25 }, red: { gt: 25 } }
`;

async function count(dataDir: string, sql: string): Promise<number> {
  const store = await openMigratedStore({ dataDir });
  try {
    const [row] = await store.query<{ n: number }>(sql);
    return row!.n;
  } finally {
    await store.close();
  }
}

test('kestrel framework and commentary: import, refuse, list, export, comment; bad input changes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-framework-'));
  try {
    const dataDir = join(dir, 'store');
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup);
    await setup.close();

    const good = join(dir, 'local.yaml');
    writeFileSync(good, GOOD);
    const imported = await run(['framework', 'import', good, '--effective', '2024-04-01', '--data-dir', dataDir]);
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /imported "Local framework" as version 1 for council 990, in force from 2024-04-01/);
    const shipped = await run(['framework', 'import', '--default', '--effective', '2025-04-01', '--data-dir', dataDir]);
    assert.equal(shipped.code, 0, shipped.err);

    // A bad file: every problem with its line, one summary line, exit 1, nothing stored.
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, GOOD.replace('cpp-repeat', 'cpp-repeats').replace('Q1: 22', 'Q5: 22'));
    const refused = await run(['framework', 'import', bad, '--data-dir', dataDir]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /bad\.yaml:7: sections\[0\]\.indicators\[0\]\.id: unknown indicator id "cpp-repeats"/);
    assert.match(refused.err, /nothing imported\n$/);
    assert.equal(await count(dataDir, 'SELECT count(*)::int AS n FROM framework_version'), 2);

    const usage = await run(['framework', 'import', good, '--default', '--data-dir', dataDir]);
    assert.equal(usage.code, 2);

    const listed = await run(['framework', 'list', '--data-dir', dataDir]);
    assert.match(listed.out, /1 {2}2024-04-01 {2}Local framework/);
    assert.match(listed.out, /\* +2 {2}2025-04-01 {2}Children's social care performance framework/);

    const out = join(dir, 'out.yaml');
    const exported = await run(['framework', 'export', '--at', '2024-12-31', '-o', out, '--data-dir', dataDir]);
    assert.equal(exported.code, 0, exported.err);
    assert.equal(readFileSync(out, 'utf8'), GOOD);
    const none = await run(['framework', 'export', '--at', '2020-01-01', '--data-dir', dataDir]);
    assert.equal(none.code, 1);
    assert.match(none.err, /no framework is in force for council 990 on 2020-01-01/);
    const unwritable = await run(['framework', 'export', '-o', join(dir, 'missing', 'x.yaml'), '--data-dir', dataDir]);
    assert.equal(unwritable.code, 1);
    assert.match(unwritable.err, /cannot write/);

    const added = await run([
      'commentary',
      'add',
      'cpp-repeat',
      '--period',
      '2024-25Q3',
      '--text',
      'Plans reviewed',
      '--action',
      '--owner',
      'HoS',
      '--due',
      '2025-03-31',
      '--by',
      'analyst',
      '--data-dir',
      dataDir,
    ]);
    assert.equal(added.code, 0, added.err);
    for (const [args, message] of [
      [['--period', '2024-25Q5', '--text', 'x'], /--period: .*Q1 to Q4/],
      [['--period', '2024-25', '--text', 'x', '--owner', 'HoS'], /belong to an --action/],
    ] as const) {
      const bad = await run(['commentary', 'add', 'cpp-repeat', ...args, '--data-dir', dataDir]);
      assert.equal(bad.code, 2);
      assert.match(bad.err, message);
    }
    const unknown = await run([
      'commentary',
      'add',
      'nope',
      '--period',
      '2024-25',
      '--text',
      'x',
      '--data-dir',
      dataDir,
    ]);
    assert.equal(unknown.code, 2);
    const listedNotes = await run(['commentary', 'list', '--format', 'json', '--data-dir', dataDir]);
    const notes = JSON.parse(listedNotes.out) as { text: string; kind: string; owner: string; period: string }[];
    assert.deepEqual(
      notes.map((n) => [n.text, n.kind, n.owner, n.period]),
      [['Plans reviewed', 'action', 'HoS', '2024-25Q3']],
    );
    assert.equal(await count(dataDir, "SELECT count(*)::int AS n FROM audit_log WHERE entity LIKE 'framework%'"), 4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
