import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { childrenOf, practiceApp } from './practice.fixture.ts';

interface Tracker {
  cases: Array<{ childId: string; stage: string; week: number; expectedEnd: string }>;
  past26Weeks: Array<{ childId: string }>;
  prePast16Weeks: Array<{ childId: string }>;
  prePast3Months: Array<{ childId: string }>;
  duration: { cases: number; weeks: number; averageWeeks: number | null };
  adoption: Array<{ childId: string; daysInCare: number; overA1: boolean; match: { status: string } | null }>;
}

for (const backend of testBackends()) {
  describe(`GET /api/practice/proceedings on ${backend.name}`, () => {
    test('stages, weeks and drift lists of the children each role may see; the average duration for all', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        const url = '/api/practice/proceedings?at=2026-06-30&period=fy';
        const analyst = await get('analyst', url);
        assert.equal(analyst.status, 200);
        const all = analyst.body as unknown as Tracker;
        // CB: pre-proceedings from 5 January (day 176: week 26), expected end 16 weeks on, 27 April.
        // CA1: issued 1 December 2025 (day 211: week 31), expected end 26 weeks on, 1 June 2026.
        assert.deepEqual(
          all.cases.map((c) => [c.childId, c.stage, c.week, c.expectedEnd]),
          [
            ['CB', 'pre-proceedings', 26, '2026-04-27'],
            ['CA1', 'proceedings', 31, '2026-06-01'],
          ],
        );
        assert.deepEqual(childrenOf(all.past26Weeks), ['CA1']);
        assert.deepEqual(childrenOf(all.prePast16Weeks), ['CB']);
        assert.deepEqual(childrenOf(all.prePast3Months), ['CB']);
        // CC's proceedings ended on 4 May 2026 after 336 days: 48 weeks, the one case of 2026-27.
        assert.deepEqual([all.duration.cases, all.duration.weeks, all.duration.averageWeeks], [1, 48, 48]);
        // CC's adoption: placement order 1 October 2025, no match by 30 January (A2); 484 days in care (A1).
        assert.deepEqual(
          all.adoption.map((a) => [a.childId, a.daysInCare, a.overA1, a.match?.status]),
          [['CC', 484, true, 'overdue']],
        );
        assert.deepEqual(analyst.audit, [
          'view proceedings-tracker CA1',
          'view proceedings-tracker CB',
          'view proceedings-tracker CC',
        ]);

        const sw = await get('sw', url);
        assert.equal(sw.status, 200);
        const own = sw.body as unknown as Tracker;
        assert.deepEqual(childrenOf(own.cases), ['CA1']);
        assert.deepEqual(own.prePast16Weeks, []);
        assert.deepEqual(own.adoption, [], "CC is another service's child");
        assert.deepEqual(own.duration, all.duration, 'the average is a figure of every case');
        assert.deepEqual(sw.audit, ['view proceedings-tracker CA1']);

        const tm = await get('tm', url);
        assert.deepEqual(childrenOf((tm.body as unknown as Tracker).cases), ['CA1']);
        const hos = await get('hos', url);
        assert.deepEqual(childrenOf((hos.body as unknown as Tracker).cases), ['CB', 'CA1']);
      } finally {
        await db.close();
      }
    });

    test('roles without the tool: 403 audited; bad input: 400 naming the field, nothing written', async () => {
      const db = await backend.open();
      try {
        const { get } = await practiceApp(db);
        for (const user of ['councillor', 'admin']) {
          const answer = await get(user, '/api/practice/proceedings?at=2026-06-30');
          assert.equal(answer.status, 403, user);
          assert.deepEqual(answer.audit, ['denied proceedings']);
        }
        for (const [query, field] of [
          ['at=30-06-2026', 'at'],
          ['period=decade', 'period'],
          ['period=2020-01-01..2026-06-30', 'period'],
        ] as const) {
          const answer = await get('analyst', `/api/practice/proceedings?${query}`);
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
