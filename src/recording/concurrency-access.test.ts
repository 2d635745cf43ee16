/**
 * Two people changing one child, and who may record at all, on both stores, over the access fixture
 * council (990): the social worker WA1 has CA1 on their caseload; CB is in another team; the analyst
 * and the councillor have no `change` grant on children.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildAccessCouncil } from '../access/fixtures/access-council.ts';
import type { Actor } from '../access/policy.ts';
import { recordEvent } from './record-event.ts';
import { recordVersion } from './record-version.ts';

const ON = { on: '2026-06-30', via: 'test' };
const VISIT = { visitDate: '2026-06-01', kind: 'cin', seen: true };
const CA1 = { laCode: '990', childId: 'CA1' };

for (const backend of testBackends()) {
  describe(`recording: concurrency and access [${backend.name}]`, () => {
    let db: Store;
    let actors: Awaited<ReturnType<typeof buildAccessCouncil>>;
    const visit = (actor: Actor, child: string, version: number, visitDate = VISIT.visitDate) =>
      recordEvent(db, actor, child, 'statutory-visit', { input: { ...VISIT, visitDate }, version }, ON);
    const visits = async (child: string) =>
      (
        await db.query<{ d: string }>(
          `SELECT visit_date::text AS d FROM visit WHERE la_code = '990' AND child_id = $1 ORDER BY visit_date`,
          [child],
        )
      ).map((row) => row.d);

    before(async () => {
      db = await backend.open();
      actors = await buildAccessCouncil(db);
    });
    after(() => db.close());

    test('a change made on a stale version is refused with what changed since, and recorded once seen', async () => {
      const seen = await recordVersion(db, CA1);
      // Both open the child at the same version; the social worker saves first.
      const first = await visit(actors.sw, 'CA1', seen, '2026-06-02');
      assert.equal(first.status, 'recorded');
      const second = await visit(actors.tm, 'CA1', seen, '2026-06-03');
      assert.equal(second.status, 'stale');
      if (second.status !== 'stale') return;
      assert.equal(second.version, seen + 1);
      assert.deepEqual(
        second.changes.map((change) => [change.version, change.actor, change.action, change.entity, change.kind]),
        [[seen + 1, actors.sw.userId, 'create', 'visit', 'statutory-visit']],
      );
      assert.deepEqual(await visits('CA1'), ['2026-06-02'], 'the stale change wrote nothing');
      // The manager has seen the change and submits again at the version shown: both changes are kept.
      const again = await visit(actors.tm, 'CA1', second.version, '2026-06-03');
      assert.equal(again.status, 'recorded');
      assert.deepEqual(await visits('CA1'), ['2026-06-02', '2026-06-03']);
      assert.equal(await recordVersion(db, CA1), seen + 2);
    });

    test('two changes submitted at once at the same version: one is recorded, the other told what changed', async () => {
      const seen = await recordVersion(db, CA1);
      const outcomes = await Promise.all([
        visit(actors.sw, 'CA1', seen, '2026-06-10'),
        visit(actors.tm, 'CA1', seen, '2026-06-11'),
      ]);
      assert.deepEqual(outcomes.map((outcome) => outcome.status).sort(), ['recorded', 'stale']);
      const stale = outcomes.find((outcome) => outcome.status === 'stale');
      assert.equal(stale?.status === 'stale' ? stale.changes.length : -1, 1);
      assert.equal(await recordVersion(db, CA1), seen + 1);
    });

    test('a social worker cannot record for a child outside their caseload: refused as not found, audited', async () => {
      const outcome = await visit(actors.sw, 'CB', 0);
      assert.deepEqual(outcome, { status: 'refused', reason: 'not_found' });
      assert.deepEqual(await visits('CB'), []);
      const [audit] = await db.query<{ action: string; reason: string }>(
        `SELECT action, detail->>'reason' AS reason FROM audit_log WHERE child_id = 'CB' AND actor = $1 ORDER BY chain_seq DESC LIMIT 1`,
        [actors.sw.userId],
      );
      assert.deepEqual(audit, { action: 'denied', reason: 'not_found' });
    });

    test('an analyst and a councillor cannot record at all (no grant), even for a child they may read', async () => {
      for (const actor of [actors.analyst, actors.councillor]) {
        assert.deepEqual(await visit(actor, 'CA2', 0), { status: 'refused', reason: 'no_grant' });
      }
      assert.deepEqual(await visits('CA2'), []);
    });

    test('a record id of another child is not found for this one (nothing crosses between children)', async () => {
      const [plan] = await db.query<{ id: string }>(
        `INSERT INTO referral (la_code, id, child_id, referral_date, source, nfa) VALUES ('990', 'R-CB', 'CB', '2026-06-01', '1A', false) RETURNING id`,
      );
      const outcome = await recordEvent(
        db,
        actors.tm,
        'CA1',
        'case-closure',
        {
          input: { referralId: plan!.id, closureDate: '2026-06-20', reason: 'RC1' },
          version: await recordVersion(db, CA1),
        },
        ON,
      );
      assert.deepEqual(outcome, {
        status: 'invalid',
        issues: [{ field: 'referralId', message: 'No such referral for this child', severity: 'error' }],
      });
    });
  });
}
