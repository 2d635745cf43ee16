import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import {
  buildCarePeriodWithEpisodes,
  buildChild,
  buildCouncil,
  buildHealthOutcome,
  buildMissingEpisode,
} from '../../records/factories.ts';
import { evaluateOne, subjects } from '../testing.ts';
import { claHealthChecks, claMissing, claOffended } from './care-outcomes.ts';

const AT = '2025-03-31'; // OC2 year 2025; looked after continuously 12 months = in care since 2024-04-01 or earlier

for (const backend of testBackends()) {
  describe(`children in care outcomes on ${backend.name}`, () => {
    test('OC2 cohort: offending and health checks', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const id of ['O1', 'O2', 'O3', 'O4', 'O5']) await buildChild(db, { id, date_of_birth: '2012-01-01' });
        await buildChild(db, { id: 'O6', date_of_birth: '2021-01-01' });
        const outcome = {
          convicted: false,
          health_assessment: false,
          teeth_check: false,
          immunisations: false,
          health_check: null,
        };
        // O1: in care from 2024-04-01 (the cut-off day): in the cohort; convicted, assessed and seen by a dentist.
        await buildCarePeriodWithEpisodes(db, { child_id: 'O1', episodes: [{ start: '2024-04-01' }] });
        await buildHealthOutcome(db, {
          ...outcome,
          child_id: 'O1',
          convicted: true,
          health_assessment: true,
          teeth_check: true,
        });
        // O2: in care from 2024-04-02, a day short: not in the cohort although an OC2 row exists.
        await buildCarePeriodWithEpisodes(db, { child_id: 'O2', episodes: [{ start: '2024-04-02' }] });
        await buildHealthOutcome(db, {
          ...outcome,
          child_id: 'O2',
          convicted: true,
          health_assessment: true,
          teeth_check: true,
        });
        // O3: long in care; assessed but no dental check; immunised.
        await buildCarePeriodWithEpisodes(db, { child_id: 'O3', episodes: [{ start: '2020-01-01' }] });
        await buildHealthOutcome(db, { ...outcome, child_id: 'O3', health_assessment: true, immunisations: true });
        // O4: a short-break (V3) episode inside the 12 months breaks continuity: excluded.
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'O4',
          episodes: [
            { start: '2020-01-01' },
            { start: '2024-06-01', reason_new: 'L', legal_status: 'V3' },
            { start: '2024-06-10', reason_new: 'L', legal_status: 'C2' },
          ],
        });
        await buildHealthOutcome(db, { ...outcome, child_id: 'O4', convicted: true });
        // O5: in the cohort with no OC2 row for 2025 (last year's row says convicted: ignored).
        await buildCarePeriodWithEpisodes(db, { child_id: 'O5', episodes: [{ start: '2023-01-01' }] });
        await buildHealthOutcome(db, { ...outcome, child_id: 'O5', year: 2024, convicted: true });
        // O6: aged 4, assessed, dental check, development checks up to date.
        await buildCarePeriodWithEpisodes(db, { child_id: 'O6', episodes: [{ start: '2022-01-01' }] });
        await buildHealthOutcome(db, {
          ...outcome,
          child_id: 'O6',
          health_assessment: true,
          teeth_check: true,
          health_check: true,
        });

        // O7: 18 on the reference date (born 2007-03-31), O8: 17 (18 the day after); both in care since 2020, convicted.
        await buildChild(db, { id: 'O7', date_of_birth: '2007-03-31' });
        await buildChild(db, { id: 'O8', date_of_birth: '2007-04-01' });
        for (const id of ['O7', 'O8']) {
          await buildCarePeriodWithEpisodes(db, { child_id: id, episodes: [{ start: '2020-01-01' }] });
          await buildHealthOutcome(db, { ...outcome, child_id: id, convicted: true });
        }

        // Cohort O1, O3, O5, O6, O7, O8. Offended, DfE ages 10-17 (O6 is 4, O7 is 18): O1, O8 of O1, O3, O5, O8.
        const offended = await evaluateOne(db, claOffended, { at: AT });
        assert.deepEqual(subjects(offended), { numerator: ['O1', 'O8'], denominator: ['O1', 'O3', 'O5', 'O8'] });
        assert.equal(offended.value, 50);
        // All ages: O1, O7, O8 of the six.
        const offendedAll = await evaluateOne(db, claOffended, { at: AT, params: { ages: 'all' } });
        assert.deepEqual(subjects(offendedAll).numerator, ['O1', 'O7', 'O8']);
        assert.deepEqual([offendedAll.numerator, offendedAll.denominator], [3, 6]);
        // Both checks: O1, O6 -> 2 / 6; immunisations O3 only.
        const both = await evaluateOne(db, claHealthChecks, { at: AT });
        assert.deepEqual([both.numerator, both.denominator], [2, 6]);
        const immunised = await evaluateOne(db, claHealthChecks, { at: AT, params: { part: 'immunisations' } });
        assert.deepEqual(subjects(immunised).numerator, ['O3']);
        // Development checks: under-5s only (O6): 1 / 1.
        const development = await evaluateOne(db, claHealthChecks, { at: AT, params: { part: 'development' } });
        assert.deepEqual([development.numerator, development.denominator], [1, 1]);
      } finally {
        await db.close();
      }
    });

    test('missing episodes and return home interviews within 72 hours', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildChild(db, { id: 'M1' });
        await buildChild(db, { id: 'M2' });
        // Window 2024-04-01 .. 2025-03-31.
        // M1: missing 2024-03-31 (day before) to 2024-04-01, offered 2024-04-04 (3 days: in time);
        //     missing 2024-05-10 to 2024-05-10, offered 2024-05-14 (4 days: late).
        await buildMissingEpisode(db, {
          child_id: 'M1',
          start_date: '2024-03-31',
          end_date: '2024-04-01',
          rhi_offered_date: '2024-04-04',
        });
        await buildMissingEpisode(db, {
          child_id: 'M1',
          start_date: '2024-05-10',
          end_date: '2024-05-10',
          rhi_offered_date: '2024-05-14',
        });
        // M2: away 2024-04-01 to 2024-04-02, never offered; missing from 2025-03-31, not back.
        await buildMissingEpisode(db, {
          child_id: 'M2',
          kind: 'A',
          start_date: '2024-04-01',
          end_date: '2024-04-02',
          rhi_offered_date: null,
          rhi_accepted: null,
        });
        await buildMissingEpisode(db, {
          child_id: 'M2',
          start_date: '2025-03-31',
          end_date: null,
          rhi_offered_date: null,
          rhi_accepted: null,
        });
        const fy = { at: AT, period: 'fy' };
        // M3: away only (2024-06-01 to 2024-06-01, offered the next day).
        await buildChild(db, { id: 'M3' });
        await buildMissingEpisode(db, {
          child_id: 'M3',
          kind: 'A',
          start_date: '2024-06-01',
          end_date: '2024-06-01',
          rhi_offered_date: '2024-06-02',
        });
        // Missing (M, the DfE default): M1 (2024-05-10; its first started the day before), M2 (2025-03-31).
        const children = await evaluateOne(db, claMissing, fy);
        assert.deepEqual(subjects(children).numerator, ['M1', 'M2']);
        // Away (A): M2 (2024-04-01) and M3. Either: all three children.
        const away = await evaluateOne(db, claMissing, { ...fy, params: { kind: 'away' } });
        assert.deepEqual(subjects(away).numerator, ['M2', 'M3']);
        const either = await evaluateOne(db, claMissing, { ...fy, params: { kind: 'both' } });
        assert.equal(either.numerator, 3);
        const episodes = await evaluateOne(db, claMissing, { ...fy, params: { measure: 'episodes' } });
        assert.equal(episodes.numerator, 2);
        const allEpisodes = await evaluateOne(db, claMissing, { ...fy, params: { measure: 'episodes', kind: 'both' } });
        assert.equal(allEpisodes.numerator, 4);
        // Missing episodes ended in the window: M1 (in time), M1 (late) -> 1 / 2.
        const rhi = await evaluateOne(db, claMissing, { ...fy, params: { measure: 'rhi-72h' } });
        assert.deepEqual([rhi.numerator, rhi.denominator, rhi.value, rhi.unit], [1, 2, 50, 'percent']);
        // Both kinds: also M2's away (never offered) and M3's (next day) -> 2 / 4.
        const rhiBoth = await evaluateOne(db, claMissing, { ...fy, params: { measure: 'rhi-72h', kind: 'both' } });
        assert.deepEqual([rhiBoth.numerator, rhiBoth.denominator], [2, 4]);
      } finally {
        await db.close();
      }
    });
  });
}
