/**
 * `kestrel sar` and `kestrel indicators --explain --as` end to end, on an embedded store holding the
 * access fixture council (src/access/fixtures/access-council.ts) with referrals for CA1, CB and CRES.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import { buildReferral } from '../../records/factories.ts';
import { buildAccessCouncil } from '../../access/fixtures/access-council.ts';
import type { SubjectAccessReport } from '../../access/subject-access.ts';

describe('kestrel sar and kestrel indicators --as', () => {
  let dir: string;
  let dataDir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kestrel-sar-'));
    dataDir = join(dir, 'store');
    const store = await openMigratedStore({ dataDir });
    try {
      await buildAccessCouncil(store);
      for (const child_id of ['CA1', 'CB', 'CRES'])
        await buildReferral(store, {
          la_code: '990',
          child_id,
          referral_date: '2026-06-10',
          decision_date: '2026-06-10',
        });
    } finally {
      await store.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const auditOf = async (childId: string) => {
    const store = await openMigratedStore({ dataDir });
    try {
      return await store.query<{ actor: string; action: string; entity: string }>(
        'SELECT actor, action, entity FROM audit_log WHERE child_id = $1 ORDER BY chain_seq',
        [childId],
      );
    } finally {
      await store.close();
    }
  };

  test('the operator gets everything held on a child and who viewed it, and the request is audited', async () => {
    const file = join(dir, 'ca1.json');
    const { code, err } = await run(['sar', 'CA1', '-o', file, '--la', '990', '--data-dir', dataDir]);
    assert.equal(code, 0, err);
    const report = JSON.parse(readFileSync(file, 'utf8')) as SubjectAccessReport;
    const operator = `cli:${userInfo().username}`;
    assert.equal(report.childId, 'CA1');
    assert.equal(report.requestedBy, operator);
    assert.equal(report.record.child.id, 'CA1');
    assert.deepEqual(Object.keys(report.record.tables), ['allocation', 'referral']);
    assert.deepEqual(
      report.accessHistory.map((row) => [row.actor, row.action]),
      [[operator, 'export']],
    );
    assert.deepEqual(await auditOf('CA1'), [{ actor: operator, action: 'export', entity: 'child' }]);
  });

  test('refused without the grant, or for a restricted child, as if absent: no file, a denied row', async () => {
    for (const [child, as] of [
      ['CB', 'tm'],
      ['CRES', undefined],
      ['NOSUCH', 'qa'],
    ] as const) {
      const file = join(dir, `${child}.json`);
      const { code, err, out } = await run([
        'sar',
        child,
        '-o',
        file,
        ...(as ? ['--as', as] : ['--la', '990']),
        '--data-dir',
        dataDir,
      ]);
      assert.equal(code, 1, `${child} as ${as}`);
      assert.equal(out, '');
      assert.match(err, new RegExp(`no child ${child} for which`));
      assert.equal(existsSync(file), false);
    }
    assert.deepEqual(
      (await auditOf('CRES')).map((r) => r.action),
      ['denied'],
    );
  });

  test('a bad format is refused on one line before the store is opened', async () => {
    const { code, err } = await run(['sar', 'CA1', '-o', join(dir, 'x'), '--format', 'xml', '--data-dir', dataDir]);
    assert.equal(code, 2);
    assert.match(err, /expected json or pdf/);
  });

  test("indicators --explain --as USER lists only that user's children; a councillor is refused", async () => {
    const args = ['indicators', '--at', '2026-06-30', '--explain', 'referrals', '--format', 'json'];
    const asHos = await run([...args, '--as', 'hos', '--data-dir', dataDir]);
    assert.equal(asHos.code, 0, asHos.err);
    const [result] = JSON.parse(asHos.out) as Array<{ value: number; rows: Array<{ subjectId: string }> }>;
    assert.equal(result?.value, 3);
    assert.deepEqual(result?.rows.map((r) => r.subjectId).sort(), ['CA1', 'CB']);
    const councillor = await run([...args, '--as', 'councillor', '--data-dir', dataDir]);
    assert.equal(councillor.code, 1);
    assert.match(councillor.err, /may not read unsuppressed figures/);
    const unknown = await run([...args, '--as', 'nobody', '--data-dir', dataDir]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /no user "nobody"/);
  });
});
