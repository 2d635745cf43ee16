import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Db } from '../../store/db.ts';
import {
  buildAllocation,
  buildAssessment,
  buildCareLeaver,
  buildCarePeriodWithEpisodes,
  buildChild,
  buildCouncil,
  buildReferral,
  buildTeam,
  buildWorker,
  TEST_LA,
} from '../../records/factories.ts';
import { computeClocks, type Clock } from './engine.ts';
import type { ClockQueryOptions } from './sql.ts';
import { loadClockRules } from './rules.ts';

const RULES = loadClockRules();
const AT = '2025-02-14';

/**
 * Two teams: T1 (workers W1, W2), T2 (W3, W4). On 14 February 2025:
 * - A: open referral of 6 January (decided that day) with its assessment running; held by W1.
 * - B: looked after since 20 December 2024 (reviews, visits, permanence plan); held by W2.
 * - C: referral of 3 February not yet decided; allocated to W1 since June 2024 and to W3 since the
 *   referral: the later allocation holds the child, so its clock is W3's, not W1's.
 * - D: a care leaver whose social worker is W2 and personal adviser W3: the leaving-care clocks follow
 *   the personal adviser (the rules' allocation kind), so they are W3's and T2's.
 * - E: allocated to W1 but the case closed on 31 December 2024: no open case, no clock.
 * - F: referral of 10 February, decided that day, allocated to no one.
 * - W4 held A until 31 January 2025 and holds nobody now.
 */
async function buildFixture(db: Db): Promise<void> {
  await buildCouncil(db);
  await buildTeam(db, { id: 'T1' });
  await buildTeam(db, { id: 'T2' });
  for (const [id, team_id] of [
    ['W1', 'T1'],
    ['W2', 'T1'],
    ['W3', 'T2'],
    ['W4', 'T2'],
  ] as const)
    await buildWorker(db, { id, team_id });
  for (const id of ['A', 'B', 'C', 'D', 'E', 'F']) await buildChild(db, { id });
  const a = await buildReferral(db, { child_id: 'A', referral_date: '2025-01-06', decision_date: '2025-01-06' });
  await buildAssessment(db, { child_id: 'A', referral_id: a.id, start_date: '2025-01-06', authorised_date: null });
  await buildAllocation(db, { child_id: 'A', worker_id: 'W4', start_date: '2025-01-06', end_date: '2025-01-31' });
  await buildAllocation(db, { child_id: 'A', worker_id: 'W1', start_date: '2025-02-01' });
  await buildCarePeriodWithEpisodes(db, { child_id: 'B', episodes: [{ start: '2024-12-20' }] });
  await buildAllocation(db, { child_id: 'B', worker_id: 'W2', start_date: '2024-12-20' });
  await buildReferral(db, { child_id: 'C', referral_date: '2025-02-03', decision_date: null });
  await buildAllocation(db, { child_id: 'C', worker_id: 'W1', start_date: '2024-06-01' });
  await buildAllocation(db, { child_id: 'C', worker_id: 'W3', start_date: '2025-02-03' });
  await buildCareLeaver(db, { child_id: 'D', eligible_from: '2024-06-01' });
  await buildAllocation(db, { child_id: 'D', worker_id: 'W2', start_date: '2024-06-01' });
  await buildAllocation(db, { child_id: 'D', worker_id: 'W3', kind: 'personal_adviser', start_date: '2024-06-01' });
  await buildReferral(db, {
    child_id: 'E',
    referral_date: '2024-06-03',
    closure_date: '2024-12-31',
    closure_reason: 'RC8',
  });
  await buildAllocation(db, { child_id: 'E', worker_id: 'W1', start_date: '2024-06-03' });
  await buildReferral(db, { child_id: 'F', referral_date: '2025-02-10', decision_date: '2025-02-10' });
}

function clocks(db: Db, options: ClockQueryOptions = {}): Promise<Clock[]> {
  return computeClocks(db, { laCode: TEST_LA, at: AT, rules: RULES, ...options });
}

/** "child:clock" pairs, sorted, for hand-counted assertions. */
function pairs(list: readonly Clock[]): string[] {
  return list.map((c) => `${c.childId}:${c.clockId}`).sort();
}

for (const backend of testBackends()) {
  describe(`statutory clocks of part of a council on ${backend.name}`, () => {
    test('by child, worker and team: the council-wide clocks filtered, worked out in the statement', async () => {
      const db = await backend.open();
      try {
        await buildFixture(db);
        const all = await clocks(db);
        assert.deepEqual(pairs(all), [
          'A:assessment',
          'A:referral-decision',
          'B:cla-review',
          'B:cla-visit',
          'B:permanence-plan',
          'C:referral-decision',
          'D:pa-contact',
          'D:pathway-plan-review',
          'F:referral-decision',
        ]);

        const byWorker = {
          W1: ['A:assessment', 'A:referral-decision'],
          W2: ['B:cla-review', 'B:cla-visit', 'B:permanence-plan'],
          W3: ['C:referral-decision', 'D:pa-contact', 'D:pathway-plan-review'],
          W4: [],
        };
        for (const [worker, expected] of Object.entries(byWorker)) {
          const mine = await clocks(db, { workerIds: [worker] });
          assert.deepEqual(pairs(mine), expected, worker);
          assert.deepEqual(
            mine,
            all.filter((c) => c.workerId === worker),
            worker,
          );
        }
        const both = await clocks(db, { workerIds: ['W1', 'W3'] });
        assert.deepEqual(
          both,
          all.filter((c) => c.workerId === 'W1' || c.workerId === 'W3'),
        );

        for (const [team, expected] of Object.entries({ T1: 5, T2: 3, T9: 0 })) {
          const ours = await clocks(db, { teamIds: [team] });
          assert.equal(ours.length, expected, team);
          assert.deepEqual(
            ours,
            all.filter((c) => c.teamId === team),
            team,
          );
        }
        assert.deepEqual(await clocks(db, { teamIds: ['T1'], workerIds: ['W2'] }), byHolder(all, 'T1', 'W2'));
        assert.deepEqual(await clocks(db, { teamIds: ['T2'], workerIds: ['W2'] }), []);
      } finally {
        await db.close();
      }
    });

    test('by child: a child with no open case has none, one unallocated has its own', async () => {
      const db = await backend.open();
      try {
        await buildFixture(db);
        const all = await clocks(db);
        assert.deepEqual(await clocks(db, { childIds: ['E'] }), []);
        assert.deepEqual(await clocks(db, { childIds: [] }), []);
        assert.deepEqual(await clocks(db, { childIds: ['NOBODY'] }), []);
        const af = await clocks(db, { childIds: ['A', 'F'] });
        assert.deepEqual(pairs(af), ['A:assessment', 'A:referral-decision', 'F:referral-decision']);
        assert.deepEqual(
          af,
          all.filter((c) => c.childId === 'A' || c.childId === 'F'),
        );
        assert.equal(af.find((c) => c.childId === 'F')?.workerId, null);
        // Children and holder together: C is on W1's list of allocations but W3 holds it.
        assert.deepEqual(pairs(await clocks(db, { childIds: ['A', 'C'], workerIds: ['W1'] })), [
          'A:assessment',
          'A:referral-decision',
        ]);
        // The met clocks of recurring rules (history) follow the same filter.
        const history = await computeClocks(db, { laCode: TEST_LA, at: AT, rules: RULES, history: true });
        assert.deepEqual(
          await computeClocks(db, { laCode: TEST_LA, at: AT, rules: RULES, history: true, childIds: ['B'] }),
          history.filter((c) => c.childId === 'B'),
        );
      } finally {
        await db.close();
      }
    });
  });
}

function byHolder(all: readonly Clock[], team: string, worker: string): Clock[] {
  return all.filter((c) => c.teamId === team && c.workerId === worker);
}
