import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { childrenOf, practiceApp } from './practice.fixture.ts';

interface Missing {
  episodes: Array<{ childId: string; interview: string; taken: boolean | null }>;
  measures: Record<string, number | null>;
  repeat: Array<{ childId: string; episodes: number }>;
  exploitation: {
    considered: number;
    sexualRiskByLevel: Record<string, number>;
    criminalRiskByLevel: Record<string, number>;
    children: Array<{ childId: string }>;
  };
}

for (const backend of testBackends()) {
  describe(`GET /api/practice/missing on ${backend.name}`, () => {
    test('measures of every child; episodes and children listed only within scope, each audited', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        const url = '/api/practice/missing?at=2026-06-30&period=quarter';
        const analyst = await get('analyst', url);
        assert.equal(analyst.status, 200);
        const all = analyst.body as unknown as Missing;
        assert.deepEqual(
          all.episodes.map((e) => [e.childId, e.interview, e.taken]),
          [
            ['CA1', 'within 72 hours', true],
            ['CA1', 'late', false],
            ['CB', 'not offered', null],
          ],
        );
        assert.deepEqual(all.measures, {
          episodes: 3,
          children: 2,
          returned: 3,
          offeredWithin72h: 1,
          offeredLate: 1,
          notOffered: 1,
          taken: 1,
          percentOfferedWithin72h: 33,
          repeatChildren: 1,
        });
        assert.deepEqual(all.repeat, [{ childId: 'CA1', episodes: 2 }]);
        assert.equal(all.exploitation.considered, 2);
        assert.equal(all.exploitation.sexualRiskByLevel.high, 1);
        assert.equal(all.exploitation.criminalRiskByLevel.medium, 1);
        assert.deepEqual(childrenOf(all.exploitation.children), ['CA1', 'CB']);
        assert.deepEqual(analyst.audit, ['view missing-exploitation CA1', 'view missing-exploitation CB']);

        const sw = await get('sw', url);
        assert.equal(sw.status, 200);
        const own = sw.body as unknown as Missing;
        assert.deepEqual(childrenOf(own.episodes), ['CA1']);
        assert.deepEqual(childrenOf(own.exploitation.children), ['CA1']);
        assert.deepEqual(own.measures, all.measures, 'the measures count every child');
        assert.ok(!JSON.stringify(own).includes('"CB"'), 'CB is never named to the social worker');
        assert.deepEqual(sw.audit, ['view missing-exploitation CA1']);
      } finally {
        await db.close();
      }
    });

    test('roles without the tool: 403 audited; bad input: 400 naming the field, nothing written', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        for (const user of ['councillor', 'admin']) {
          const answer = await get(user, '/api/practice/missing?at=2026-06-30');
          assert.equal(answer.status, 403, user);
          assert.deepEqual(answer.audit, ['denied missing']);
        }
        for (const [query, field] of [
          ['at=2026-06-31', 'at'],
          ['repeat=1', 'repeat'],
          ['repeat=many', 'repeat'],
          ['period=fortnight', 'period'],
        ] as const) {
          const answer = await get('analyst', `/api/practice/missing?${query}`);
          assert.equal(answer.status, 400, query);
          assert.equal(answer.body.error?.field, field, query);
          assert.deepEqual(answer.audit, [], query);
        }
      } finally {
        await db.close();
      }
    });
  });
}
