import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { buildChild, buildCouncil, buildYjIntervention, buildYjOffence } from '../../records/factories.ts';
import { evaluateOne, subjects } from '../testing.ts';
import { yjAccommodation, yjCustodyRate, yjEte, yjFirstTimeEntrants, yjReoffending } from './youth-justice.ts';

const FY = { at: '2025-03-31', period: 'fy' }; // 2024-04-01 .. 2025-03-31; 20,000 aged 10-17

for (const backend of testBackends()) {
  describe(`youth justice on ${backend.name}`, () => {
    test('first time entrants, re-offending and custody', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const id of ['Y1', 'Y2', 'Y4', 'Y5']) await buildChild(db, { id, date_of_birth: '2008-01-01' });
        await buildChild(db, { id: 'Y3', date_of_birth: '2006-05-01' });
        const offence = (child_id: string, offence_date: string, outcome_date: string, outcome = 'youth_caution') =>
          buildYjOffence(db, { child_id, offence_date, outcome_date, outcome });
        // Y1: first outcome 2024-04-01 (first day), aged 16: entrant; offends again 2025-04-01, exactly 12 months on: re-offended.
        await offence('Y1', '2024-03-20', '2024-04-01');
        await offence('Y1', '2025-04-01', '2025-05-01');
        // Y2: first outcome 2024-03-31 (day before): not an entrant; index 2024-06-01, offends again 2024-12-01: re-offended.
        await offence('Y2', '2024-03-01', '2024-03-31');
        await offence('Y2', '2024-05-01', '2024-06-01', 'referral_order');
        await offence('Y2', '2024-12-01', '2025-01-15');
        // Y3: first outcome 2024-06-01 aged 18: not counted as an entrant (excluded); no further offence.
        await offence('Y3', '2024-05-20', '2024-06-01');
        // Y4: first outcome a detention and training order 2024-09-01: entrant, custody; next offence 12 months and a day later.
        await offence('Y4', '2024-08-01', '2024-09-01', 'detention_training_order');
        await offence('Y4', '2025-09-02', '2025-10-01');
        // Y5: known since 2023; custody on 2025-03-31 (last day).
        await offence('Y5', '2022-12-01', '2023-01-01');
        await offence('Y5', '2025-03-01', '2025-03-31', 'other_custody');

        const entrants = await evaluateOne(db, yjFirstTimeEntrants, FY);
        assert.deepEqual(subjects(entrants).numerator, ['Y1', 'Y4']);
        assert.deepEqual([entrants.value, entrants.excluded, entrants.rate?.value], [2, 1, 10]); // 2 / 20,000 x 100,000
        // Cohort Y1..Y5 (first outcome in the year each); re-offended Y1, Y2 -> 40%.
        const reoffending = await evaluateOne(db, yjReoffending, FY);
        assert.deepEqual(subjects(reoffending), {
          numerator: ['Y1', 'Y2'],
          denominator: ['Y1', 'Y2', 'Y3', 'Y4', 'Y5'],
        });
        assert.equal(reoffending.value, 40);
        // Custody: Y4, Y5 -> 2 / 20,000 x 1,000 = 0.1.
        const custody = await evaluateOne(db, yjCustodyRate, FY);
        assert.deepEqual([custody.numerator, custody.value], [2, 0.1]);
      } finally {
        await db.close();
      }
    });

    test('education and accommodation at the end of interventions', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const id of ['I1', 'I2', 'I3', 'I4', 'I5']) await buildChild(db, { id, date_of_birth: '2008-01-01' });
        const ended = (
          child_id: string,
          end_date: string | null,
          ete_at_end: string | null,
          accommodation_at_end: string | null,
        ) =>
          buildYjIntervention(db, { child_id, start_date: '2023-06-01', end_date, ete_at_end, accommodation_at_end });
        await ended('I1', '2024-04-01', 'suitable', 'suitable'); // first day
        await ended('I2', '2025-03-31', 'unsuitable', 'suitable'); // last day
        await ended('I3', '2024-03-31', 'suitable', 'suitable'); // day before: not counted
        await ended('I4', '2024-10-01', 'unknown', 'unsuitable'); // unknown stays in the denominator
        await ended('I5', null, null, null); // still open
        const ete = await evaluateOne(db, yjEte, FY);
        assert.deepEqual(subjects(ete), { numerator: ['I1'], denominator: ['I1', 'I2', 'I4'] });
        const accommodation = await evaluateOne(db, yjAccommodation, FY);
        assert.deepEqual([accommodation.numerator, accommodation.denominator], [2, 3]);
      } finally {
        await db.close();
      }
    });
  });
}
