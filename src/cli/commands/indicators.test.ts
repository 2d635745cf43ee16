/**
 * `kestrel indicators` end to end through main(argv), on an embedded store holding a small synthetic
 * council: the JSON shape, the drill-down, one-line errors with a non-zero exit, and the whole catalogue
 * at a 31 March giving plausible figures.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import { synthesizeCouncil } from '../../synth/index.ts';
import { listIndicators } from '../../indicators/evaluate.ts';

const AT = '2025-03-31';

interface JsonResult {
  id: string;
  title: string;
  unit: string;
  polarity: string;
  period: { from: string; to: string };
  level: { kind: string; id: string | null };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  rows?: { status: string; subjectId: string; subjectType: string }[];
}

describe('kestrel indicators', () => {
  let dir: string;
  let dataDir: string;
  const indicators = (...args: string[]) => run(['indicators', '--data-dir', dataDir, ...args]);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kestrel-indicators-cli-'));
    dataDir = join(dir, 'store');
    const store = await openMigratedStore({ dataDir });
    try {
      await synthesizeCouncil(store, { population: 5000, years: 3, seed: 'cli-indicators', to: AT });
    } finally {
      await store.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--format json gives one object per result in the documented shape', async () => {
    const { code, out, err } = await indicators(
      '--at',
      AT,
      '--period',
      'fy',
      '--id',
      'referrals',
      '--id',
      're-referrals-12m',
      '--format',
      'json',
    );
    assert.equal(code, 0, err);
    const results = JSON.parse(out) as JsonResult[];
    assert.deepEqual(
      results.map((r) => r.id),
      ['referrals', 're-referrals-12m'],
    );
    for (const r of results) {
      assert.equal(typeof r.title, 'string');
      assert.ok(['count', 'percent'].includes(r.unit));
      assert.ok(['H', 'L', 'N'].includes(r.polarity));
      assert.deepEqual(r.period, { from: '2024-04-01', to: AT });
      assert.deepEqual(r.level, { kind: 'council', id: null });
      assert.equal(typeof r.value, 'number');
      assert.equal(typeof r.numerator, 'number');
    }
    const [referrals, reReferrals] = results;
    assert.equal(referrals!.denominator, null);
    // Every referral in the year is in the re-referral denominator (DfE C1).
    assert.equal(reReferrals!.denominator, referrals!.numerator);
  });

  test('--explain lists the children behind a figure', async () => {
    const json = await indicators('--at', AT, '--explain', 'cla-at-date', '--format', 'json');
    assert.equal(json.code, 0, json.err);
    const [result] = JSON.parse(json.out) as JsonResult[];
    const counted = (result?.rows ?? []).filter((row) => row.status === 'numerator');
    assert.ok(counted.length > 0, 'the synthetic council has children looked after');
    assert.equal(new Set(counted.map((row) => row.subjectId)).size, result!.value);

    const table = await indicators('--at', AT, '--explain', 'cla-at-date');
    assert.equal(table.code, 0, table.err);
    const childLines = table.out.split('\n').filter((line) => /^numerator\s+child \S+/.test(line));
    assert.equal(childLines.length, counted.length);

    // Each child shown was a view of child-level data: one audit row per child per drill-down.
    const store = await openMigratedStore({ dataDir });
    try {
      const audited = await store.query<{ child_id: string; n: number }>(
        "SELECT child_id, count(*) AS n FROM audit_log WHERE action = 'view' AND entity = 'indicator-drilldown' AND entity_id = 'cla-at-date' GROUP BY child_id",
      );
      const shown = new Set(
        (result?.rows ?? []).filter((row) => row.subjectType === 'child').map((row) => row.subjectId),
      );
      assert.deepEqual(audited.map((r) => r.child_id).sort(), [...shown].sort());
      assert.ok(
        audited.every((r) => r.n === 2),
        'two drill-downs, two rows per child',
      );
    } finally {
      await store.close();
    }
  });

  const refusals: [string, string[], RegExp][] = [
    ['an unknown id', ['--at', AT, '--id', 'no-such-indicator'], /Unknown indicator id "no-such-indicator"/],
    ['an impossible date', ['--at', '2025-02-30'], /--at must be an existing date as YYYY-MM-DD, got "2025-02-30"/],
    ['a period ending before it starts', ['--at', AT, '--period', '2025-03-31..2024-04-01'], /period/i],
    ['a team that does not exist', ['--at', AT, '--level', 'team:NO-SUCH-TEAM'], /No team "NO-SUCH-TEAM"/],
    ['an unknown level kind', ['--at', AT, '--level', 'region'], /Unknown level "region"/],
    ['a bad parameter', ['--at', AT, '--id', 'cpp-repeat', '--param', 'cpp-repeat.within=forever'], /must be one of/],
  ];
  for (const [what, args, message] of refusals) {
    test(`refuses ${what} with one line and a non-zero exit`, async () => {
      const { code, out, err } = await indicators(...args);
      assert.notEqual(code, 0);
      assert.equal(out, '');
      assert.equal(err.trimEnd().split('\n').length, 1, err);
      assert.match(err, message);
    });
  }

  test('the whole catalogue at a 31 March: every id, plausible values', async () => {
    const { code, out, err } = await indicators('--at', AT, '--format', 'json');
    assert.equal(code, 0, err);
    const results = JSON.parse(out) as JsonResult[];
    assert.deepEqual(
      [...new Set(results.map((r) => r.id))].sort(),
      listIndicators()
        .map((d) => d.id)
        .sort(),
    );
    const computed = new Set(
      listIndicators()
        .filter((d) => d.source === 'records')
        .map((d) => d.id),
    );
    for (const r of results) {
      for (const field of ['value', 'numerator', 'denominator'] as const) {
        const figure = r[field];
        assert.ok(figure === null || Number.isFinite(figure), `${r.id} ${field} is ${figure}`);
      }
      if (r.value === null) continue;
      if (r.unit === 'percent') assert.ok(r.value >= 0 && r.value <= 100, `${r.id}: ${r.value}%`);
      // Only a budget variance may be negative (an underspend).
      if (r.unit !== 'pounds') assert.ok(r.value >= 0, `${r.id}: ${r.value}`);
      if (r.unit === 'count') assert.ok(Number.isInteger(r.value), `${r.id}: a count of ${r.value}`);
      if (r.numerator !== null && computed.has(r.id) && r.unit !== 'pounds')
        assert.ok(r.numerator >= 0, `${r.id} numerator ${r.numerator}`);
    }
    const value = (id: string) => results.find((r) => r.id === id)?.value;
    // The synthetic council is calibrated to England: the headline snapshots are not empty.
    for (const id of ['cin-at-date', 'cpp-at-date', 'cla-at-date', 'caseload-sw'])
      assert.ok((value(id) ?? 0) > 0, `${id} is ${value(id)}`);
  });
});
