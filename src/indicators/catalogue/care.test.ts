import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Db } from '../../store/db.ts';
import {
  buildAllocation,
  buildCarePeriodWithEpisodes,
  buildChild,
  buildChildrensHome,
  buildCouncil,
  buildHomeInspection,
  buildTeam,
  buildWorker,
} from '../../records/factories.ts';
import { evaluateOne, subjects } from '../testing.ts';
import {
  ceasedAdoption,
  claAtDate,
  claCeased,
  claInFoster,
  claOwnProvision,
  claPlacedOutOfArea,
  claRepeatPeriod,
  claStarts,
  fosterInHouse,
  homesGoodOutstanding,
  uasc,
} from './care.ts';

const AT = '2025-03-31'; // financial year 2024-25: window 2024-04-01 .. 2025-03-31

/**
 * Hand-made children (all dates 2024-25 unless said):
 * A  C2, U4 with PR1, looked after since 2023-01-10, still looked after.
 * B  earlier period 2022-01-01..2022-05-01; new period 2024-06-01 V2 in K2 (PR4) outside the area.
 * C  short breaks only (V3): 2024-07-01..2024-07-03 and again from 2025-03-28: never CLA.
 * D  started 2024-04-01 (first day of the window), ceased 2025-03-31 (the reference date) adopted E11.
 * E  2024-03-31 (day before the window)..2024-05-01 E4A; 2024-08-01..2024-10-01 E13; from 2024-11-01 U6 PR4.
 * F  2023-01-01..2024-03-31 (ceased the day before the window).
 * G  UASC from 2024-12-01 in U6 PR1, area not recorded.
 */
async function buildFixture(db: Db): Promise<void> {
  await buildCouncil(db);
  for (const id of ['A', 'B', 'C', 'D', 'E', 'F']) await buildChild(db, { id });
  await buildChild(db, { id: 'G', uasc: true });
  await buildCarePeriodWithEpisodes(db, { child_id: 'A', episodes: [{ start: '2023-01-10', placement_type: 'U4' }] });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'B',
    episodes: [{ start: '2022-01-01' }],
    end: '2022-05-01',
    reason_ceased: 'E4A',
  });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'B',
    episodes: [{ start: '2024-06-01', legal_status: 'V2', placement_type: 'K2', provider: 'PR4', in_area: false }],
  });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'C',
    episodes: [{ start: '2024-07-01', legal_status: 'V3' }],
    end: '2024-07-03',
  });
  await buildCarePeriodWithEpisodes(db, { child_id: 'C', episodes: [{ start: '2025-03-28', legal_status: 'V3' }] });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'D',
    episodes: [{ start: '2024-04-01' }, { start: '2024-09-01', reason_new: 'P', placement_type: 'A6' }],
    end: '2025-03-31',
    reason_ceased: 'E11',
  });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'E',
    episodes: [{ start: '2024-03-31' }],
    end: '2024-05-01',
    reason_ceased: 'E4A',
  });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'E',
    episodes: [{ start: '2024-08-01' }],
    end: '2024-10-01',
    reason_ceased: 'E13',
  });
  await buildCarePeriodWithEpisodes(db, { child_id: 'E', episodes: [{ start: '2024-11-01', provider: 'PR4' }] });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'F',
    episodes: [{ start: '2023-01-01' }],
    end: '2024-03-31',
    reason_ceased: 'E8',
  });
  await buildCarePeriodWithEpisodes(db, { child_id: 'G', episodes: [{ start: '2024-12-01', in_area: null }] });
}

for (const backend of testBackends()) {
  describe(`children in care on ${backend.name}`, () => {
    test('counts, starts, cessations and shares of the looked-after population', async () => {
      const db = await backend.open();
      try {
        await buildFixture(db);
        const at = { at: AT };
        const fy = { at: AT, period: 'fy' };

        // CLA at 31 March: A, B, E, G. C is short breaks (V3) only; D ceased on the date itself.
        const cla = await evaluateOne(db, claAtDate, at);
        assert.deepEqual(subjects(cla).numerator, ['A', 'B', 'E', 'G']);
        assert.equal(cla.rate?.value, 0.8); // 4 / 50,000 x 10,000

        // First start per child in the year: B, D (on the first day), E (2024-08-01 only; its 2024-03-31 start is the day before), G.
        const starts = await evaluateOne(db, claStarts, fy);
        assert.deepEqual(subjects(starts).numerator, ['B', 'D', 'E', 'G']);
        assert.equal(starts.numerator, 4);

        // Last cessation per child: D on 2025-03-31 (E11), E on 2024-10-01 (E13, not its 2024-05-01). F ceased the day before.
        const ceased = await evaluateOne(db, claCeased, fy);
        assert.equal(ceased.numerator, 2);
        assert.deepEqual(ceased.rows?.map((r) => r.category).sort(), ['E11', 'E13']);

        // Repeat: of B, D, E, G, B and E had an earlier period: 2 / 4.
        const repeat = await evaluateOne(db, claRepeatPeriod, fy);
        assert.deepEqual([repeat.numerator, repeat.denominator, repeat.value], [2, 4, 50]);

        // Own provision: A and G (PR1) of A, B, E, G.
        const own = await evaluateOne(db, claOwnProvision, at);
        assert.deepEqual([own.numerator, own.denominator], [2, 4]);
        // Foster: A (U4 PR1), E (U6 PR4), G (U6 PR1); in-house 2 of 3; in foster 3 of 4.
        const inHouse = await evaluateOne(db, fosterInHouse, at);
        assert.deepEqual([inHouse.numerator, inHouse.denominator], [2, 3]);
        const foster = await evaluateOne(db, claInFoster, at);
        assert.deepEqual([foster.numerator, foster.denominator, foster.value], [3, 4, 75]);

        // Out of area: B only, of A, B, E (G's area not recorded: excluded with a reason).
        const out = await evaluateOne(db, claPlacedOutOfArea, at);
        assert.deepEqual([out.numerator, out.denominator, out.excluded], [1, 3, 1]);
        const outResidential = await evaluateOne(db, claPlacedOutOfArea, {
          at: AT,
          params: { placements: 'residential' },
        });
        assert.deepEqual([outResidential.numerator, outResidential.denominator], [1, 1]);

        // UASC: G of 4.
        const asylum = await evaluateOne(db, uasc, at);
        assert.deepEqual([asylum.numerator, asylum.denominator, asylum.value], [1, 4, 25]);

        // Ceased adopted: D (E11) of D and E.
        const adopted = await evaluateOne(db, ceasedAdoption, fy);
        assert.deepEqual([adopted.numerator, adopted.denominator, adopted.value], [1, 2, 50]);
      } finally {
        await db.close();
      }
    });

    test('a child who moves team mid-period counts where the event or the date places them', async () => {
      const db = await backend.open();
      try {
        await buildFixture(db);
        const north = await buildTeam(db, { id: 'TN', locality: 'North' });
        const south = await buildTeam(db, { id: 'TS', locality: 'South' });
        const first = await buildWorker(db, { team_id: north.id });
        const second = await buildWorker(db, { team_id: south.id });
        // B starts 2024-06-01 while with team TN, moves to TS on 2024-10-01.
        await buildAllocation(db, {
          child_id: 'B',
          worker_id: first.id,
          start_date: '2024-04-01',
          end_date: '2024-09-30',
        });
        await buildAllocation(db, { child_id: 'B', worker_id: second.id, start_date: '2024-10-01' });
        const startsNorth = await evaluateOne(db, claStarts, { at: AT, period: 'fy', level: 'team:TN' });
        const startsSouth = await evaluateOne(db, claStarts, { at: AT, period: 'fy', level: 'team:TS' });
        assert.deepEqual([startsNorth.numerator, startsSouth.numerator], [1, 0]);
        const claSouth = await evaluateOne(db, claAtDate, { at: AT, level: 'team:TS' });
        const claNorth = await evaluateOne(db, claAtDate, { at: AT, level: 'team:TN' });
        assert.deepEqual([claNorth.numerator, claSouth.numerator], [0, 1]);
      } finally {
        await db.close();
      }
    });

    test("children's homes judged good or outstanding use the latest grade on or before the date", async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        // H1: good 2024-01-10 then inadequate 2025-03-31 (on the date: counts) -> not good.
        // H2: requires improvement 2024-06-01 then good 2025-04-01 (the day after: ignored) -> not good.
        // H3: outstanding. H4: never inspected (excluded). H5: closed 2025-03-31 (not open on the date).
        for (const id of ['H1', 'H2', 'H3', 'H4']) await buildChildrensHome(db, { id });
        await buildChildrensHome(db, { id: 'H5', closed: '2025-03-31' });
        await buildHomeInspection(db, { home_id: 'H1', inspection_date: '2024-01-10', grade: 'good' });
        await buildHomeInspection(db, { home_id: 'H1', inspection_date: '2025-03-31', grade: 'inadequate' });
        await buildHomeInspection(db, { home_id: 'H2', inspection_date: '2024-06-01', grade: 'requires_improvement' });
        await buildHomeInspection(db, { home_id: 'H2', inspection_date: '2025-04-01', grade: 'good' });
        await buildHomeInspection(db, { home_id: 'H3', inspection_date: '2023-05-05', grade: 'outstanding' });
        await buildHomeInspection(db, { home_id: 'H5', inspection_date: '2023-05-05', grade: 'good' });
        const homes = await evaluateOne(db, homesGoodOutstanding, { at: AT });
        assert.deepEqual([homes.numerator, homes.denominator, homes.excluded], [1, 3, 1]);
      } finally {
        await db.close();
      }
    });
  });
}
