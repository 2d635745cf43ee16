import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildChild,
  buildComplaint,
  buildExploitationAssessment,
  buildSurveyResult,
  buildTeam,
} from '../../records/factories.ts';
import { evaluateOne, subjects, testOnEveryBackend } from '../testing.ts';

/** The quarter 2025-01-01..2025-03-31. */
const QUARTER = { at: '2025-03-31', period: 'quarter' };

/** Breakdown entries that hold someone, as [category, numerator]. */
function counted(breakdown: { category: string; numerator: number }[] | undefined): [string, number][] {
  return (breakdown ?? []).filter((entry) => entry.numerator > 0).map((entry) => [entry.category, entry.numerator]);
}

describe('complaints, surveys and exploitation', () => {
  testOnEveryBackend(
    'complaints: received in the quarter by theme and source; upheld of those decided by the date',
    async (db) => {
      await buildChild(db, { id: 'K1' });
      await buildComplaint(db, { id: 'CO1', received_date: '2024-12-31', theme: 'delay' }); // the day before the quarter
      await buildComplaint(db, {
        id: 'CO2',
        received_date: '2025-01-01',
        source: 'parent',
        theme: 'delay',
        child_id: 'K1',
        upheld: true,
        closed_date: '2025-02-01',
      });
      await buildComplaint(db, {
        id: 'CO3',
        received_date: '2025-02-10',
        source: 'care_leaver',
        theme: 'communication',
        upheld: false,
        closed_date: '2025-03-01',
      });
      await buildComplaint(db, { id: 'CO4', received_date: '2025-03-31', source: 'parent', theme: 'communication' }); // not yet decided
      // Upheld, but decided after the reference date: not known at it.
      await buildComplaint(db, {
        id: 'CO5',
        received_date: '2025-03-20',
        source: 'residential_unit',
        theme: 'delay',
        upheld: true,
        closed_date: '2025-04-10',
      });
      await buildComplaint(db, { id: 'CO6', received_date: '2025-04-01', theme: 'delay' }); // after the date

      // Received: CO2, CO3, CO4, CO5 = 4; CO2 names child K1, the others stand as complaints.
      const received = await evaluateOne(db, 'complaints', QUARTER);
      assert.deepEqual([received.value, received.numerator, received.denominator], [4, 4, null]);
      assert.deepEqual(subjects(received).numerator, ['CO3', 'CO4', 'CO5', 'K1']);
      assert.deepEqual(counted(received.breakdown), [
        ['delay', 2],
        ['communication', 2],
      ]);
      assert.equal(received.breakdown?.length, 7, 'every theme is listed, in the catalogue order');

      const bySource = await evaluateOne(db, 'complaints', { ...QUARTER, params: { by: 'source' } });
      assert.deepEqual(counted(bySource.breakdown), [
        ['care_leaver', 1],
        ['parent', 2],
        ['residential_unit', 1],
      ]);

      // Upheld: decided by the date CO2 (upheld) and CO3 (not): 1 / 2 = 50%.
      const upheld = await evaluateOne(db, 'complaints', { ...QUARTER, params: { measure: 'upheld' } });
      assert.deepEqual([upheld.value, upheld.numerator, upheld.denominator, upheld.unit], [50, 1, 2, 'percent']);
      assert.deepEqual(subjects(upheld), { numerator: ['K1'], denominator: ['CO3', 'K1'] });
    },
  );

  testOnEveryBackend(
    'survey-satisfaction: positive answers over respondents of surveys ending in the quarter',
    async (db) => {
      const parents = { survey: 'Parent feedback', question: 'Overall, how satisfied are you with the service?' };
      const children = { survey: 'Children', question: 'Do you feel safe?' };
      await buildSurveyResult(db, {
        id: 'S1',
        ...parents,
        period_from: '2024-10-01',
        period_to: '2024-12-31',
        respondents: 40,
        positive: 10,
      });
      await buildSurveyResult(db, {
        id: 'S2',
        ...parents,
        period_from: '2025-01-01',
        period_to: '2025-03-31',
        respondents: 40,
        positive: 30,
      });
      // Began before the quarter, ended in it: counted.
      await buildSurveyResult(db, {
        id: 'S3',
        ...children,
        period_from: '2024-12-01',
        period_to: '2025-02-28',
        respondents: 20,
        positive: 18,
      });
      // Ends after the reference date: not yet reported.
      await buildSurveyResult(db, {
        id: 'S4',
        ...parents,
        period_from: '2025-03-01',
        period_to: '2025-04-30',
        respondents: 10,
        positive: 0,
      });

      // (30 + 18) / (40 + 20) = 80%; per question 30 / 40 = 75% and 18 / 20 = 90%.
      const result = await evaluateOne(db, 'survey-satisfaction', QUARTER);
      assert.deepEqual([result.value, result.numerator, result.denominator], [80, 48, 60]);
      assert.deepEqual(
        result.breakdown?.map((entry) => [entry.category, entry.value]),
        [
          ['Children: Do you feel safe?', 90],
          ['Parent feedback: Overall, how satisfied are you with the service?', 75],
        ],
      );
      await buildTeam(db, { id: 'T1' });
      const team = await evaluateOne(db, 'survey-satisfaction', { ...QUARTER, level: 'team:T1' });
      assert.deepEqual(
        [team.value, team.note],
        [null, 'Not measured at team level.'],
        'a council-wide survey has no team figure',
      );
    },
  );

  testOnEveryBackend(
    'exploitation: children considered in the quarter, their risk, disclosures, and those subject at the date',
    async (db) => {
      await buildChild(db, { id: 'X1', sex: 'F' });
      await buildChild(db, { id: 'X2', sex: 'M' });
      await buildChild(db, { id: 'X3', sex: 'F' });
      await buildChild(db, { id: 'X4', sex: 'M' });
      const assess = (
        id: string,
        child_id: string,
        assessment_date: string,
        sexual: string | null,
        criminal: string | null,
        more: object = {},
      ) =>
        buildExploitationAssessment(db, {
          id,
          child_id,
          assessment_date,
          sexual_exploitation_risk: sexual,
          criminal_exploitation_risk: criminal,
          arrangements_start: assessment_date,
          arrangements_end: null,
          disclosure: false,
          ...more,
        });
      await assess('E1', 'X1', '2025-01-15', 'high', null, { disclosure: true });
      await assess('E2', 'X1', '2025-03-01', 'medium', 'low'); // X1 again: one child
      await assess('E3', 'X2', '2025-02-01', null, 'medium', { arrangements_end: '2025-03-31' }); // arrangements ended on the date
      await assess('E4', 'X3', '2024-12-20', 'low', 'low'); // considered before the quarter, still subject at the date
      await assess('E5', 'X4', '2025-03-10', null, null, { arrangements_start: null }); // risk not assessed, never subject

      // Considered in the quarter: X1, X2, X4 = 3.
      const considered = await evaluateOne(db, 'exploitation', QUARTER);
      assert.deepEqual([considered.value, considered.numerator, considered.denominator], [3, 3, null]);
      assert.deepEqual(subjects(considered).numerator, ['X1', 'X2', 'X4']);
      // Highest risk per assessment: E1 high (X1), E2 medium (X1), E3 medium (X2), E5 not assessed (X4).
      assert.deepEqual(counted(considered.breakdown), [
        ['high', 1],
        ['medium', 2],
        ['not assessed', 1],
      ]);
      const bySex = await evaluateOne(db, 'exploitation', { ...QUARTER, params: { by: 'sex' } });
      assert.deepEqual(counted(bySex.breakdown), [
        ['F', 1],
        ['M', 2],
      ]);

      const measure = async (name: string) => {
        const result = await evaluateOne(db, 'exploitation', { ...QUARTER, params: { measure: name } });
        return [result.value, subjects(result).numerator];
      };
      assert.deepEqual(await measure('sexual-risk'), [1, ['X1']]); // a sexual exploitation risk recorded
      assert.deepEqual(await measure('high-medium'), [2, ['X1', 'X2']]);
      assert.deepEqual(await measure('disclosures'), [1, ['X1']]);
      // Subject at 31 March: X1 (E1, E2 open) and X3 (E4 open); X2's arrangements ended that day.
      assert.deepEqual(await measure('subject-at-date'), [2, ['X1', 'X3']]);
    },
  );
});
