import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import {
  buildAllocation,
  buildAssessment,
  buildChild,
  buildCouncil,
  buildReferral,
  buildTeam,
  buildWorker,
} from '../../records/factories.ts';

test('kestrel drift lists overdue and due-soon clocks by team and worker, audits each child, refuses bad input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-drift-'));
  try {
    const dataDir = join(dir, 'store');
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup);
    await buildTeam(setup, { id: 'T1', name: 'Assessment' });
    await buildWorker(setup, { id: 'W1', name: 'Ada Worker', team_id: 'T1' });
    // K1: assessment started 2024-12-02, due 2025-02-06, not authorised: overdue on 2025-02-10 by 4 days.
    // K2: assessment started 2025-01-20, due 2025-03-24: on time on 2025-02-10, so not listed.
    // K3: unallocated, assessment started 2024-12-09, due 2025-02-13: due soon.
    for (const [id, start] of [
      ['K1', '2024-12-02'],
      ['K2', '2025-01-20'],
      ['K3', '2024-12-09'],
    ] as const) {
      await buildChild(setup, { id });
      const referral = await buildReferral(setup, { child_id: id, referral_date: start, decision_date: start });
      await buildAssessment(setup, {
        child_id: id,
        referral_id: referral.id,
        start_date: start,
        authorised_date: null,
      });
    }
    for (const id of ['K1', 'K2'])
      await buildAllocation(setup, { child_id: id, worker_id: 'W1', team_id: 'T1', start_date: '2024-12-01' });
    await setup.close();

    const table = await run(['drift', '--at', '2025-02-10', '--data-dir', dataDir]);
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /2 clock\(s\) overdue or due soon of \d+ on open cases/);
    assert.match(table.out, /Assessment \(T1\) \/ Ada Worker \(W1\): 1 overdue, 0 due soon/);
    assert.match(table.out, /K1 +assessment +\S+ +2024-12-02 +2025-02-06 +overdue +4/);
    assert.match(table.out, /No team \/ no worker allocated: 0 overdue, 1 due soon/);
    assert.doesNotMatch(table.out, /K2/);

    const json = await run([
      'drift',
      '--at',
      '2025-02-10',
      '--level',
      'worker:W1',
      '--clock',
      'assessment',
      '--format',
      'json',
      '--data-dir',
      dataDir,
    ]);
    assert.equal(json.code, 0, json.err);
    const report = JSON.parse(json.out) as { items: Array<{ childId: string; status: string; daysOver: number }> };
    assert.deepEqual(
      report.items.map((i) => [i.childId, i.status, i.daysOver]),
      [['K1', 'overdue', 4]],
    );
    const csv = await run(['drift', '--at', '2025-02-10', '--format', 'csv', '--data-dir', dataDir]);
    assert.equal(
      csv.out.split('\r\n')[0],
      'team_id,worker_id,child_id,clock_id,record_id,started,due,status,days_over,citation',
    );

    // Refusals: one line, nothing written (the audit log holds only the three listings' rows).
    const badRules = join(dir, 'rules.json');
    writeFileSync(badRules, JSON.stringify({ clocks: [{ id: 'x', title: 'x', citation: 'x', kind: 'once' }] }));
    for (const [args, message] of [
      [['--at', '2025-02-30'], /--at.*expected a date/],
      [['--at', '2025-02-10', '--clock', 'nope'], /Unknown clock "nope": the clocks are referral-decision, assessment/],
      [['--at', '2025-02-10', '--level', 'locality'], /--level must be team:ID or worker:ID/],
      [['--at', '2025-02-10', '--level', 'team:NOPE'], /no team "NOPE" in council 990/],
      [['--at', '2025-02-10', '--rules', badRules], /clocks\[0\] \(x\)/],
    ] as const) {
      const refused = await run(['drift', ...args, '--data-dir', dataDir]);
      assert.notEqual(refused.code, 0, args.join(' '));
      assert.match(refused.err, message);
      assert.equal(refused.err.trim().split('\n').length, 1, refused.err);
    }

    const store = await openMigratedStore({ dataDir });
    const audit = await store.query<{ child_id: string; actor: string; entity: string }>(
      "SELECT child_id, actor, entity FROM audit_log WHERE entity = 'clock-drift' ORDER BY id",
    );
    await store.close();
    assert.deepEqual(
      audit.map((a) => a.child_id),
      ['K1', 'K3', 'K1', 'K1', 'K3'],
    );
    assert.ok(audit.every((a) => a.actor.startsWith('cli:')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
