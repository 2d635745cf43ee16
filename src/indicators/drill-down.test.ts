import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildReferral } from '../records/factories.ts';
import { buildAccessCouncil, ON_DATE, type AccessUserName } from '../access/fixtures/access-council.ts';
import type { Actor } from '../access/policy.ts';
import { DrillDownRefused, explainIndicators } from './drill-down.ts';
import { evaluateIndicators } from './evaluate.ts';

/** Referrals in June 2026 in council 990: CA1 (team TA), CB (team TB), CRES (TA, restricted to TA's manager). */
const REQUEST = { at: ON_DATE, period: 'month', ids: ['referrals'] };

function shown(results: Awaited<ReturnType<typeof explainIndicators>>): string[] {
  return [...new Set(results.flatMap((r) => (r.rows ?? []).map((row) => row.subjectId)))].sort();
}

for (const backend of testBackends()) {
  describe(`drill-down decided and audited inside the engine on ${backend.name}`, () => {
    let db: Store;
    let actors: Record<AccessUserName | 'neighbour', Actor>;
    before(async () => {
      db = await backend.open();
      actors = await buildAccessCouncil(db);
      for (const child_id of ['CA1', 'CB', 'CRES'])
        await buildReferral(db, { la_code: '990', child_id, referral_date: '2026-06-10', decision_date: '2026-06-10' });
      await buildReferral(db, {
        la_code: '991',
        child_id: 'CX',
        referral_date: '2026-06-10',
        decision_date: '2026-06-10',
      });
    });
    after(() => db.close());

    test('evaluateIndicators alone never returns rows, even when asked to explain', async () => {
      const [result] = await evaluateIndicators(db, { ...REQUEST, la: '990', explain: true });
      assert.equal(result?.value, 3);
      assert.equal(result?.rows, undefined);
    });

    test('each role sees the children of its scope behind the same figure, which counts every child', async () => {
      const expected: Partial<Record<AccessUserName, string[]>> = {
        sw: ['CA1'],
        tm: ['CA1', 'CRES'],
        hos: ['CA1', 'CB'],
        analyst: ['CA1', 'CB'],
        qa: ['CA1', 'CB'],
      };
      for (const [name, children] of Object.entries(expected) as Array<[AccessUserName, string[]]>) {
        const results = await explainIndicators(db, actors[name], REQUEST, { via: 'test' });
        assert.equal(results[0]?.value, 3, `${name}: the figure is the council's`);
        assert.deepEqual(shown(results), children, name);
      }
    });

    test('the request cannot reach another council: the actor council is used whatever `la` says', async () => {
      const results = await explainIndicators(db, actors.analyst, { ...REQUEST, la: '991' }, { via: 'test' });
      assert.equal(results[0]?.value, 3);
      assert.deepEqual(shown(results), ['CA1', 'CB']);
    });

    test('one audit row per child shown, written by the engine; a refusal is audited too', async () => {
      const before = await db.query<{ n: number }>('SELECT coalesce(max(chain_seq), 0)::int AS n FROM audit_log');
      await explainIndicators(db, actors.tm, REQUEST, { via: 'probe', address: '192.0.2.1' });
      for (const name of ['councillor', 'admin'] as const)
        await assert.rejects(explainIndicators(db, actors[name], REQUEST, { via: 'probe' }), DrillDownRefused);
      const rows = await db.query<{ actor: string; action: string; child_id: string | null; entity_id: string }>(
        'SELECT actor, action, child_id, entity_id FROM audit_log WHERE chain_seq > $1 ORDER BY chain_seq',
        [before[0]?.n ?? 0],
      );
      assert.deepEqual(
        rows.map((r) => [r.actor, r.action, r.child_id, r.entity_id]),
        [
          [actors.tm.userId, 'view', 'CA1', 'referrals'],
          [actors.tm.userId, 'view', 'CRES', 'referrals'],
          [actors.councillor.userId, 'denied', null, 'referrals'],
          [actors.admin.userId, 'denied', null, 'referrals'],
        ],
      );
    });
  });
}
