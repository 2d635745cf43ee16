import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import {
  buildAllocation,
  buildBudgetLine,
  buildChild,
  buildCouncil,
  buildTeam,
  buildWorker,
} from '../../records/factories.ts';

test('kestrel audits, health-checks, missing, budget and demand work from the store and refuse bad input in one line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-practice-records-'));
  try {
    const dataDir = join(dir, 'store');
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup);
    await buildTeam(setup, { id: 'T1' });
    await buildWorker(setup, { id: 'W1', team_id: 'T1' });
    await buildChild(setup, { id: 'K1' });
    await buildAllocation(setup, { child_id: 'K1', worker_id: 'W1', start_date: '2025-01-06' });
    await buildBudgetLine(setup, {
      financial_year: 2024,
      line: 'Staffing',
      budget: '1000',
      expected_growth: '10',
      placement_types: [],
      placement_providers: [],
    } as never);
    await setup.close();

    const file = join(dir, 'audit.json');
    writeFileSync(
      file,
      JSON.stringify({
        child: 'K1',
        date: '2025-02-03',
        type: 'random',
        auditor: 'TM',
        grade: 'good',
        themes: { plan: 'good' },
      }),
    );
    const recorded = await run(['audits', 'record', '--file', file, '--data-dir', dataDir]);
    assert.equal(recorded.code, 0, recorded.err);
    assert.match(recorded.out, /Recorded 1 case file audit\(s\) in council 990: CA-2025-02-03-K1/);
    const summary = await run(['audits', 'summary', '--quarter', '2024-25Q4', '--data-dir', dataDir]);
    assert.equal(summary.code, 0, summary.err);
    assert.match(summary.out, /1 audit\(s\), 1 random and 0 themed/);
    const sample = await run(['audits', 'sample', '--month', '2025-03', '--seed', 's', '--data-dir', dataDir]);
    assert.equal(sample.code, 0, sample.err);
    // K1 was audited in February: left out of March's sample.
    assert.match(sample.out, /T1 +1 +1 +- +-/);
    const due = await run(['health-checks', 'due', '--at', '2025-03-31', '--data-dir', dataDir]);
    assert.match(due.out, /T1 .* never checked/);
    const missing = await run(['missing', '--at', '2025-03-31', '--data-dir', dataDir]);
    assert.match(missing.out, /Missing episodes starting in the period: 0/);
    const budget = await run(['budget', '--at', '2025-03-31', '--format', 'json', '--data-dir', dataDir]);
    assert.equal(JSON.parse(budget.out).total.projectedOutturn, 1010);

    writeFileSync(
      file,
      JSON.stringify({ child: 'K1', date: '2025-02-30', type: 'random', auditor: 'TM', grade: 'good' }),
    );
    for (const [args, message] of [
      [['audits', 'record', '--file', file], /audit 1, field date/],
      [['audits', 'record', '--file', join(dir, 'none.json')], /none\.json/],
      [['audits', 'sample', '--month', '2025-13', '--seed', 's'], /--month must be YYYY-MM/],
      [['audits', 'summary'], /give one of --quarter/],
      [['health-checks', 'record', '--team', 'T1', '--date', '2025-03-01', '--grade', 'fine'], /expected one of/],
      [['health-checks', 'record', '--team', 'T9', '--date', '2025-03-01', '--grade', 'good'], /no team "T9"/],
      [['missing', '--at', '2025-03-31', '--period', 'decade'], /--period: /],
      [['budget', '--at', '2026-03-31'], /no budget lines for 2025-26/],
      [['demand', '--at', '2025-03-31', '--backtest'], /no children looked after between 2022-03-31 and 2025-03-31/],
      [
        ['demand', '--at', '2025-03-31', '--backtest', '--history-from', '2024-06-01'],
        /a backtest needs 24 months of history/,
      ],
    ] as const) {
      const refused = await run([...args, '--data-dir', dataDir]);
      assert.notEqual(refused.code, 0, args.join(' '));
      assert.match(refused.err, message);
      assert.equal(refused.err.trim().split('\n').length, 1, refused.err);
    }
    const store = await openMigratedStore({ dataDir });
    const [counts] = await store.query<{ audits: number; checks: number; created: number }>(
      `SELECT (SELECT count(*)::int FROM case_audit) AS audits, (SELECT count(*)::int FROM team_health_check) AS checks,
              (SELECT count(*)::int FROM audit_log WHERE action = 'create') AS created`,
    );
    await store.close();
    // The refused runs changed nothing.
    assert.deepEqual(counts, { audits: 1, checks: 0, created: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
