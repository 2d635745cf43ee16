import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../store/testing.ts';
import type { Db } from '../store/db.ts';
import * as factories from './factories.ts';

/** Each factory with the table it fills; every one must insert with no overrides at all. */
const CASES: [string, (db: Db) => Promise<unknown>, string][] = [
  ['buildCouncil', (db) => factories.buildCouncil(db, { la_code: '991' }), 'council'],
  ['buildTeam', factories.buildTeam, 'team'],
  ['buildWorker', factories.buildWorker, 'worker'],
  ['buildChild', factories.buildChild, 'child'],
  ['buildAllocation', factories.buildAllocation, 'allocation'],
  ['buildContact', factories.buildContact, 'contact'],
  ['buildReferral', factories.buildReferral, 'referral'],
  ['buildAssessment', factories.buildAssessment, 'assessment'],
  ['buildCinPlan', factories.buildCinPlan, 'cin_plan'],
  ['buildCinPlanReview', factories.buildCinPlanReview, 'cin_plan_review'],
  ['buildStrategyDiscussion', factories.buildStrategyDiscussion, 'strategy_discussion'],
  ['buildS47', factories.buildS47, 's47_enquiry'],
  ['buildInitialConference', factories.buildInitialConference, 'initial_conference'],
  ['buildCpPlan', factories.buildCpPlan, 'cp_plan'],
  ['buildCpReview', factories.buildCpReview, 'cp_review'],
  ['buildVisit', factories.buildVisit, 'visit'],
  ['buildCarePeriod', factories.buildCarePeriod, 'care_period'],
  ['buildClaReview', factories.buildClaReview, 'cla_review'],
  ['buildMissingEpisode', factories.buildMissingEpisode, 'missing_episode'],
  ['buildHealthOutcome', factories.buildHealthOutcome, 'health_outcome'],
  ['buildHealthCheck', factories.buildHealthCheck, 'health_check'],
  ['buildChildrensHome', factories.buildChildrensHome, 'childrens_home'],
  ['buildHomeInspection', factories.buildHomeInspection, 'home_inspection'],
  ['buildAdoption', factories.buildAdoption, 'adoption'],
  ['buildCareProceedings', factories.buildCareProceedings, 'care_proceedings'],
  ['buildPermanencePlan', factories.buildPermanencePlan, 'permanence_plan'],
  ['buildDolo', factories.buildDolo, 'dolo'],
  ['buildCareLeaver', factories.buildCareLeaver, 'care_leaver'],
  ['buildCareLeaverContact', factories.buildCareLeaverContact, 'care_leaver_contact'],
  ['buildEarlyHelp', factories.buildEarlyHelp, 'early_help_episode'],
  ['buildSfFamily', factories.buildSfFamily, 'sf_family'],
  ['buildSfClaim', factories.buildSfClaim, 'sf_claim'],
  ['buildYjOffence', factories.buildYjOffence, 'yj_offence'],
  ['buildYjIntervention', factories.buildYjIntervention, 'yj_intervention'],
  ['buildExploitationAssessment', factories.buildExploitationAssessment, 'exploitation_assessment'],
  ['buildCaseAudit', factories.buildCaseAudit, 'case_audit'],
  ['buildTeamHealthCheck', factories.buildTeamHealthCheck, 'team_health_check'],
  ['buildTeamEstablishment', factories.buildTeamEstablishment, 'team_establishment'],
  ['buildWorkloadWeight', factories.buildWorkloadWeight, 'workload_weight'],
  ['buildComplaint', factories.buildComplaint, 'complaint'],
  ['buildSurveyResult', factories.buildSurveyResult, 'survey_result'],
  ['buildBudgetLine', factories.buildBudgetLine, 'budget_line'],
  ['buildMeasureValue', factories.buildMeasureValue, 'measure_value'],
];

async function count(db: Db, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  return row?.n ?? 0;
}

for (const backend of testBackends()) {
  describe(`record factories on ${backend.name}`, () => {
    test('every factory inserts one row with its defaults', async () => {
      const db = await backend.open();
      try {
        for (const [name, build, table] of CASES) {
          const before = await count(db, table);
          await build(db);
          assert.equal(await count(db, table), before + 1, `${name} should add a row to ${table}`);
        }
      } finally {
        await db.close();
      }
    });

    test('the council comes with population rows and overrides win', async () => {
      const db = await backend.open();
      try {
        const council = await factories.buildCouncil(db, { population: { years: [2024], aged_0_17: 1234 } });
        assert.equal(council.la_code, '990');
        const rows = await db.query<{ aged_0_17: number }>(
          'SELECT aged_0_17 FROM council_population WHERE la_code = $1',
          ['990'],
        );
        assert.deepEqual(rows, [{ aged_0_17: 1234 }]);
        const child = await factories.buildChild(db, { date_of_birth: '2010-02-03', sex: 'M' });
        const [stored] = await db.query<{ date_of_birth: string; sex: string }>(
          'SELECT date_of_birth, sex FROM child WHERE id = $1',
          [child.id],
        );
        assert.deepEqual(stored, { date_of_birth: '2010-02-03', sex: 'M' });
      } finally {
        await db.close();
      }
    });

    test('a period built from episode specs keeps episodes, placements and the period consistent', async () => {
      const db = await backend.open();
      try {
        const built = await factories.buildCarePeriodWithEpisodes(db, {
          episodes: [
            { start: '2023-01-10', legal_status: 'V2', placement_type: 'U6' },
            { start: '2023-03-01', reason_new: 'L', legal_status: 'C1' },
            { start: '2023-06-01', reason_new: 'P', placement_type: 'K2', provider: 'PR4' },
            { start: '2023-08-01', reason_new: 'U', placement_type: 'U5', legal_status: 'E1' },
          ],
          end: '2024-01-31',
          reason_ceased: 'E11',
        });
        assert.equal(built.placements.length, 3, 'the legal-status-only episode keeps its placement');
        assert.equal(built.episodes.length, 4);
        const placements = await db.query<{ start_date: string; end_date: string; carer_id: string }>(
          'SELECT start_date, end_date, carer_id FROM placement WHERE care_period_id = $1 ORDER BY start_date',
          [built.period.id],
        );
        assert.deepEqual(
          placements.map((p) => [p.start_date, p.end_date]),
          [
            ['2023-01-10', '2023-06-01'],
            ['2023-06-01', '2023-08-01'],
            ['2023-08-01', '2024-01-31'],
          ],
        );
        assert.equal(placements[1]?.carer_id, placements[2]?.carer_id, 'U keeps the carers');
        assert.notEqual(placements[0]?.carer_id, placements[1]?.carer_id, 'P changes the carers');
        const episodes = await db.query<{ end_date: string; reason_ceased: string }>(
          'SELECT end_date, reason_ceased FROM cla_episode WHERE care_period_id = $1 ORDER BY start_date',
          [built.period.id],
        );
        assert.deepEqual(
          episodes.map((e) => `${e.end_date} ${e.reason_ceased}`),
          ['2023-03-01 X1', '2023-06-01 X1', '2023-08-01 X1', '2024-01-31 E11'],
        );
        assert.equal(built.period.short_breaks_only, false);
        const breaks = await factories.buildCarePeriodWithEpisodes(db, {
          episodes: [{ start: '2024-02-02', legal_status: 'V3' }],
          end: '2024-02-04',
        });
        assert.equal(breaks.period.short_breaks_only, true);
      } finally {
        await db.close();
      }
    });
  });
}
