/**
 * Short breaks (903 legal status V3/V4) and children counted once: the patterns that tell one reading of
 * the DfE's "figures exclude children looked after under a series of short-term placements" from another.
 * Kestrel removes short-break episodes before deriving periods of care (care-sql.ts; docs/DEFINITIONS.md
 * "Short breaks"). Each child below is counted by hand; the comment says what the store's own care_period
 * rows (short breaks included) would have given instead.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Db } from '../../store/db.ts';
import { buildCarePeriodWithEpisodes, buildChild, buildCouncil } from '../../records/factories.ts';
import { evaluateOne, subjects } from '../testing.ts';
import { ceasedAdoption, claAtDate, claCeased, claInFoster, claRepeatPeriod, claStarts } from './care.ts';
import { placementStabilityShort } from './care-stability.ts';
import { claReviewsInTime } from './care-reviews.ts';

const AT = '2025-03-31'; // financial year 2024-25: window 2024-04-01 .. 2025-03-31

/**
 * S1 full care, short breaks, full care again (one 903 period, episodes chained by X1): C2 U4 from
 *    2024-05-01, V3 K1 from 2024-08-01, C2 U4 from 2024-10-01, still looked after.
 * S2 short breaks only (V4 since 2023-06-01), then full care (C2 U6) from 2024-09-01.
 * S3 full care since 2023-01-01, short breaks (V3) from 2024-07-01; the cessation (E4A, 2024-12-01) is
 *    recorded on the short-break episode.
 * S4 three short-break placements (V3 from 2024-04-10, 2024-05-10, 2024-06-10) then a full-care
 *    placement (C2 U4) from 2024-07-10, all one 903 period.
 * S5 three short-break periods of their own (V3, April, June, August 2024), then full care from 2024-11-01.
 * H1 history held from 2024-06-01; its first episode held (RNE P, 2024-05-01) continues earlier care.
 * T1 two full-care episodes open at the reference date (an overlap a return should not hold): U6 from
 *    2024-01-01 and U4 from 2024-06-01.
 */
async function buildFixture(db: Db): Promise<void> {
  await buildCouncil(db);
  for (const id of ['S1', 'S2', 'S3', 'S4', 'S5', 'T1']) await buildChild(db, { id });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'S1',
    episodes: [
      { start: '2024-05-01', placement_type: 'U4' },
      { start: '2024-08-01', legal_status: 'V3', placement_type: 'K1' },
      { start: '2024-10-01', legal_status: 'C2', placement_type: 'U4' },
    ],
  });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'S2',
    episodes: [
      { start: '2023-06-01', legal_status: 'V4', placement_type: 'K1' },
      { start: '2024-09-01', legal_status: 'C2', placement_type: 'U6' },
    ],
  });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'S3',
    episodes: [{ start: '2023-01-01' }, { start: '2024-07-01', legal_status: 'V3', placement_type: 'K1' }],
    end: '2024-12-01',
    reason_ceased: 'E4A',
  });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'S4',
    episodes: [
      { start: '2024-04-10', legal_status: 'V3', placement_type: 'K1' },
      { start: '2024-05-10', placement_type: 'U6' },
      { start: '2024-06-10', placement_type: 'K1' },
      { start: '2024-07-10', legal_status: 'C2', placement_type: 'U4' },
    ],
  });
  for (const start of ['2024-04-01', '2024-06-01', '2024-08-01']) {
    const end = `${start.slice(0, 8)}03`;
    await buildCarePeriodWithEpisodes(db, {
      child_id: 'S5',
      episodes: [{ start, legal_status: 'V3', placement_type: 'K1' }],
      end,
      reason_ceased: 'E13',
    });
  }
  await buildCarePeriodWithEpisodes(db, { child_id: 'S5', episodes: [{ start: '2024-11-01', placement_type: 'U4' }] });
  // H1: history held from 2024-06-01; the first episode held (RNE P, 2024-05-01) continues care that began
  // in a return the store does not hold: not a start in the year (asked of 2024-25).
  await buildChild(db, { id: 'H1', history_from: '2024-06-01' });
  await buildCarePeriodWithEpisodes(db, {
    child_id: 'H1',
    episodes: [{ start: '2024-05-01', reason_new: 'P', placement_type: 'U6' }],
  });
  await buildCarePeriodWithEpisodes(db, { child_id: 'T1', episodes: [{ start: '2024-01-01', placement_type: 'U6' }] });
  await buildCarePeriodWithEpisodes(db, { child_id: 'T1', episodes: [{ start: '2024-06-01', placement_type: 'U4' }] });
}

for (const backend of testBackends()) {
  describe(`short breaks removed before periods of care, each child once [${backend.name}]`, () => {
    test('starts, cessations, CLA at the date, stability and the cohorts on them', async () => {
      const db = await backend.open();
      try {
        await buildFixture(db);
        const at = { at: AT };
        const fy = { at: AT, period: 'fy' };

        // CLA at 31 March: H1, S1 (full care again), S2, S4, S5, T1 once. S3 is on short breaks only.
        const cla = await evaluateOne(db, claAtDate, at);
        assert.deepEqual(subjects(cla).numerator, ['H1', 'S1', 'S2', 'S4', 'S5', 'T1']);
        assert.equal(cla.numerator, 6);
        // A cohort built on it counts T1 once too: in foster care (U4/U6) all six; T1 by its later episode.
        const foster = await evaluateOne(db, claInFoster, at);
        assert.deepEqual([foster.numerator, foster.denominator], [6, 6]);
        assert.equal(foster.rows?.filter((r) => r.subjectId === 'T1').length, 1);

        // First start in the year: S1 2024-05-01; S2 2024-09-01 (the care_period began 2023-06-01 with V4:
        // not a start in the year by the store's periods); S4 2024-07-10 (not its short break of
        // 2024-04-10); S5 2024-11-01; T1 2024-06-01. S3 started in 2023; H1's start is before its history.
        const starts = await evaluateOne(db, claStarts, fy);
        assert.deepEqual(subjects(starts).numerator, ['S1', 'S2', 'S4', 'S5', 'T1']);
        assert.deepEqual(starts.rows?.map((r) => `${r.subjectId} ${r.levelDate}`).sort(), [
          'S1 2024-05-01',
          'S2 2024-09-01',
          'S4 2024-07-10',
          'S5 2024-11-01',
          'T1 2024-06-01',
        ]);

        // Last cessation in the year: S1 left full care for short breaks on 2024-08-01; S3 on 2024-07-01
        // (both REC X1 on the full-care episode). S3's E4A on the short-break episode is not a cessation,
        // nor are S5's short-break periods ending E13.
        const ceased = await evaluateOne(db, claCeased, fy);
        assert.deepEqual(ceased.rows?.map((r) => `${r.subjectId} ${r.levelDate} ${r.category}`).sort(), [
          'S1 2024-08-01 X1',
          'S3 2024-07-01 X1',
        ]);
        const adopted = await evaluateOne(db, ceasedAdoption, fy);
        assert.deepEqual([adopted.numerator, adopted.denominator], [0, 2]);

        // Repeat periods: of the five starters only T1 had full care before its first start in the year.
        const repeat = await evaluateOne(db, claRepeatPeriod, fy);
        assert.deepEqual(subjects(repeat).numerator, ['T1']);
        assert.deepEqual([repeat.numerator, repeat.denominator], [1, 5]);

        // 3+ placements in the 12 months: full-care placements only. S1 has 2 (U4, U4; its K1 short break
        // is not one), S4 1 (the store's period has 4), S5 1, S2 1, T1 2, H1 1: none of 6.
        const stability = await evaluateOne(db, placementStabilityShort, at);
        assert.deepEqual([stability.numerator, stability.denominator], [0, 6]);
        assert.deepEqual(stability.rows?.map((r) => `${r.subjectId}: ${r.detail}`).sort(), [
          'H1: 1 placement(s) in the 12 months; history held from 2024-06-01: placements before it unknown',
          'S1: 2 placement(s) in the 12 months',
          'S2: 1 placement(s) in the 12 months',
          'S4: 1 placement(s) in the 12 months',
          'S5: 1 placement(s) in the 12 months',
          'T1: 2 placement(s) in the 12 months',
        ]);

        // Reviews count from the start of full care: S1's period began 2024-10-01, so the detail says so.
        const reviews = await evaluateOne(db, claReviewsInTime, at);
        assert.equal(reviews.denominator, 6);
        assert.match(reviews.rows?.find((r) => r.subjectId === 'S1')?.detail ?? '', /since 2024-10-01/);
      } finally {
        await db.close();
      }
    });
  });
}
