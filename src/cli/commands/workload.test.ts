import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import {
  buildAllocation,
  buildChild,
  buildCouncil,
  buildReferral,
  buildTeam,
  buildWorker,
} from '../../records/factories.ts';

test('kestrel workload and kestrel proceedings report from the store and refuse bad input in one line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-workload-'));
  try {
    const dataDir = join(dir, 'store');
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup);
    await buildTeam(setup, { id: 'T1', name: 'Family Support' });
    await buildWorker(setup, { id: 'W1', name: 'Ada Worker', team_id: 'T1' });
    await buildWorker(setup, { id: 'W2', name: 'Bo Worker', team_id: 'T1' });
    for (const id of ['K1', 'K2']) {
      await buildChild(setup, { id });
      await buildReferral(setup, { child_id: id, referral_date: '2025-01-06', decision_date: '2025-01-06' });
    }
    await buildAllocation(setup, { child_id: 'K1', worker_id: 'W1', team_id: 'T1', start_date: '2025-01-06' });
    await setup.close();

    // Default model: an open referral with nothing else is a CIN case, 2 points.
    const table = await run(['workload', '--at', '2025-03-31', '--move', 'K1', '--to', 'W2', '--data-dir', dataDir]);
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /Ada Worker \(W1\) +experienced +1 +1 +2 +56 +3\.6%/);
    assert.match(table.out, /Unallocated cases: 1\n.*\n +K2 +open CIN episode +2025-01-06 +84/);
    assert.match(table.out, /What if child K1 moved to Bo Worker \(W2\)/);
    const csv = await run([
      'workload',
      '--at',
      '2025-03-31',
      '--level',
      'team:T1',
      '--format',
      'csv',
      '--data-dir',
      dataDir,
    ]);
    assert.equal(csv.code, 0, csv.err);
    assert.equal(csv.out.split('\r\n').length, 4, csv.out);

    const proceedings = await run(['proceedings', '--at', '2025-03-31', '--data-dir', dataDir]);
    assert.equal(proceedings.code, 0, proceedings.err);
    assert.match(proceedings.out, /0 in proceedings, 0 in pre-proceedings/);

    const badModel = join(dir, 'model.json');
    writeFileSync(badModel, JSON.stringify({ ideal: -1 }));
    for (const [args, message] of [
      [['workload', '--at', '2025-03-31', '--move', 'K1'], /--move CHILD and --to WORKER go together/],
      [['workload', '--at', '2025-03-31', '--model', badModel], /model\.json: ideal: /],
      [['workload', '--at', '2025-03-31', '--move', 'K1', '--to', 'W9'], /--to: no case-holding social worker "W9"/],
      [['workload', '--at', '2025-03-31', '--move', 'NOPE', '--to', 'W2'], /--move: no child "NOPE"/],
      [['proceedings', '--at', '2025-03-31', '--period', 'decade'], /--period: /],
      [['proceedings'], /--at is required/],
    ] as const) {
      const refused = await run([...args, '--data-dir', dataDir]);
      assert.notEqual(refused.code, 0, args.join(' '));
      assert.match(refused.err, message);
      assert.equal(refused.err.trim().split('\n').length, 1, refused.err);
    }
    const store = await openMigratedStore({ dataDir });
    const audit = await store.query<{ child_id: string; entity: string }>(
      "SELECT child_id, entity FROM audit_log WHERE entity IN ('workload', 'proceedings-tracker') ORDER BY id",
    );
    await store.close();
    // The first run showed K2 (unallocated) and K1 (what-if); the team listing names no child (unallocated
    // cases belong to no team) and refused runs wrote nothing.
    assert.deepEqual(
      audit.map((a) => a.child_id),
      ['K2', 'K1'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
