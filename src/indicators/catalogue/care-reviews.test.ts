import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { buildCarePeriodWithEpisodes, buildChild, buildClaReview, buildCouncil } from '../../records/factories.ts';
import { addWorkingDays } from '../../calendar/working-days.ts';
import { evaluateOne, subjects } from '../testing.ts';
import { claReviewsInTime } from './care-reviews.ts';

const AT = '2025-03-31';

for (const backend of testBackends()) {
  describe(`looked-after reviews in time on ${backend.name}`, () => {
    test('first within 20 WD, second within 3 months, then 6-monthly, none overdue at the date', async () => {
      // Bank holidays 25, 26 Dec 2024 and 1 Jan 2025 push 20 WD from Friday 2024-12-20 to 2025-01-22.
      assert.equal(addWorkingDays('2024-12-20', 20), '2025-01-22');
      assert.equal(addWorkingDays('2025-03-03', 20), '2025-03-31');
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const id of ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']) await buildChild(db, { id });
        const start = async (child_id: string, date: string) =>
          buildCarePeriodWithEpisodes(db, { child_id, episodes: [{ start: date }] });
        const review = async (child_id: string, review_date: string) => buildClaReview(db, { child_id, review_date });
        // R1: first review on the 20th WD thanks to the Christmas bank holidays: in time; second not yet due.
        await start('R1', '2024-12-20');
        await review('R1', '2025-01-22');
        // R2: first review a working day later (21 WD): late.
        await start('R2', '2024-12-20');
        await review('R2', '2025-01-23');
        // R3: looked after from 2025-03-10, first review not yet due: in time.
        await start('R3', '2025-03-10');
        // R4: looked after from 2025-02-03, no review, due 2025-03-03: overdue.
        await start('R4', '2025-02-03');
        // R5: 2024-01-02; reviews 2024-01-30 (20 WD), 2024-04-30 (3 months), 2024-10-30 (6 months); next due 2025-04-30.
        await start('R5', '2024-01-02');
        for (const date of ['2024-01-30', '2024-04-30', '2024-10-30']) await review('R5', date);
        // R6: as R5 but the second review on 2024-05-01, a day after 3 months: late.
        await start('R6', '2024-01-02');
        for (const date of ['2024-01-30', '2024-05-01', '2024-10-30']) await review('R6', date);
        // R7: all in time, but the last (2024-09-29) was more than 6 months before the date (due 2025-03-29): overdue.
        await start('R7', '2024-03-01');
        for (const date of ['2024-03-20', '2024-06-20', '2024-09-29']) await review('R7', date);
        // R8: a review in an earlier period does not count; new period 2025-03-03, first due on the date itself: in time.
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'R8',
          episodes: [{ start: '2023-01-02' }],
          end: '2023-06-01',
          reason_ceased: 'E4A',
        });
        await review('R8', '2023-01-20');
        await start('R8', '2025-03-03');
        const result = await evaluateOne(db, claReviewsInTime, { at: AT });
        assert.deepEqual(subjects(result), {
          numerator: ['R1', 'R3', 'R5', 'R8'],
          denominator: ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'],
        });
        assert.equal(result.value, 50);
      } finally {
        await db.close();
      }
    });

    test('history horizon: reviews before child.history_from are unknown, not late', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        // All three looked after since 2023-01-10: the first review was due 20 WD later, in February 2023.
        // H1: history held from 2024-04-01 (its first return), reviews 2024-06-01 and 2024-11-30: judged on
        //     what is known (first held within 6 months of the horizon, then 6-monthly; next due 2025-05-30): in time.
        // H2: history from 2024-04-01 and no review in the 6 months after it (due by 2024-09-30): late
        //     whatever came before.
        // H3: H1's records with the whole history held (history_from null): the 2023 first review is missing: late.
        await buildChild(db, { id: 'H1', history_from: '2024-04-01' });
        await buildChild(db, { id: 'H2', history_from: '2024-04-01' });
        await buildChild(db, { id: 'H3' });
        for (const child_id of ['H1', 'H2', 'H3']) {
          await buildCarePeriodWithEpisodes(db, { child_id, episodes: [{ start: '2023-01-10' }] });
        }
        for (const child_id of ['H1', 'H3']) {
          for (const review_date of ['2024-06-01', '2024-11-30']) await buildClaReview(db, { child_id, review_date });
        }
        await buildClaReview(db, { child_id: 'H2', review_date: '2024-10-01' });
        const result = await evaluateOne(db, claReviewsInTime, { at: AT });
        assert.deepEqual(subjects(result), { numerator: ['H1'], denominator: ['H1', 'H2', 'H3'] });
        const detail = result.rows?.find((r) => r.subjectId === 'H1')?.detail ?? '';
        assert.match(detail, /history held from 2024-04-01: earlier reviews unknown/);
      } finally {
        await db.close();
      }
    });
  });
}
