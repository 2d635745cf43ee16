/**
 * A small factory-built council for the returns tests: every record sits inside the 2024-25
 * collection (1 April 2024 to 31 March 2025), so a 2025 export holds all of it and an import of that
 * export must give the same records back. `snapshot` reads the tables a return carries, without
 * store ids (an import makes its own), in a stable order for comparison.
 */
import type { Db } from '../../store/db.ts';
import { addDays } from '../../calendar/dates.ts';
import {
  buildAdoption,
  buildAllocation,
  buildAssessment,
  buildCareLeaverContact,
  buildCarePeriodWithEpisodes,
  buildChild,
  buildClaReview,
  buildCouncil,
  buildCpPlan,
  buildCpReview,
  buildCinPlan,
  buildHealthOutcome,
  buildInitialConference,
  buildMissingEpisode,
  buildReferral,
  buildS47,
  buildTeam,
  buildWorker,
  TEST_LA,
} from '../../records/factories.ts';

export const RETURN_YEAR = 2025;

export async function buildReturnsCouncil(db: Db, la_code = TEST_LA): Promise<void> {
  await buildCouncil(db, { la_code });
  const team = await buildTeam(db, { la_code });
  const worker = await buildWorker(db, { la_code, id: 'SW1001', team_id: team.id });
  const child = (id: string, sex: string, dob: string, extra: Record<string, unknown> = {}) =>
    buildChild(db, {
      la_code,
      id,
      sex,
      date_of_birth: dob,
      ethnicity: 'WBRI',
      upn: null,
      upn_unknown: 'UN1',
      disabilities: [],
      ...extra,
    });

  // A girl who came into care in the year and moved once (reason recorded on the new episode).
  await child('RT0001', 'F', '2012-05-14', { mother_of_child: false, upn_unknown: 'UN4' });
  await buildCarePeriodWithEpisodes(db, {
    la_code,
    child_id: 'RT0001',
    end: '2025-02-03',
    reason_ceased: 'E4A',
    episodes: [
      {
        start: '2024-06-03',
        legal_status: 'C1',
        placement_type: 'U4',
        postcode: 'NE1 1AA',
        urn: 'SC123456',
        category_of_need: 'N1',
      },
      {
        start: '2024-09-02',
        reason_new: 'P',
        placement_type: 'K2',
        postcode: 'NE1 1AB',
        urn: 'SC654321',
        reason_place_change: 'CHILD',
      },
      { start: '2024-11-04', reason_new: 'L', legal_status: 'C2' },
    ],
  });
  await buildClaReview(db, { la_code, child_id: 'RT0001', review_date: '2024-06-24', participation: 'PN1' });
  await buildClaReview(db, { la_code, child_id: 'RT0001', review_date: '2024-09-20', participation: 'PN1' });
  await buildMissingEpisode(db, {
    la_code,
    child_id: 'RT0001',
    kind: 'M',
    start_date: '2024-10-01',
    end_date: '2024-10-02',
    rhi_offered_date: null,
    rhi_accepted: null,
  });
  await db.query(`INSERT INTO previous_permanence (la_code, child_id, option) VALUES ($1, 'RT0001', 'Z1')`, [la_code]);

  // A boy looked after since before the year, continuously (OC2), whose care ended in March.
  await child('RT0002', 'M', '2014-02-01', { upn_unknown: 'UN4' });
  await buildCarePeriodWithEpisodes(db, {
    la_code,
    child_id: 'RT0002',
    episodes: [
      {
        start: '2023-01-09',
        legal_status: 'C2',
        placement_type: 'U1',
        postcode: 'NE10 0AA',
        urn: 'SC111111',
        category_of_need: 'N2',
      },
    ],
  });
  await buildClaReview(db, { la_code, child_id: 'RT0002', review_date: '2024-07-01', participation: 'PN2' });
  await buildHealthOutcome(db, {
    la_code,
    child_id: 'RT0002',
    year: RETURN_YEAR,
    sdq_score: 12,
    sdq_reason: null,
    convicted: false,
    health_check: null,
    immunisations: true,
    teeth_check: true,
    health_assessment: true,
    substance_misuse: false,
    intervention_received: null,
    intervention_offered: null,
  });

  // A child adopted in the year.
  await child('RT0003', 'F', '2021-03-03', { mother_of_child: false });
  const adopted = await buildCarePeriodWithEpisodes(db, {
    la_code,
    child_id: 'RT0003',
    end: '2025-01-20',
    reason_ceased: 'E11',
    episodes: [
      {
        start: '2023-05-02',
        legal_status: 'C2',
        placement_type: 'U6',
        postcode: 'NE11 0AA',
        urn: 'SC222222',
        category_of_need: 'N1',
      },
      {
        start: '2024-05-01',
        reason_new: 'B',
        legal_status: 'E1',
        placement_type: 'A6',
        postcode: 'NE12 0AA',
        urn: 'SC333333',
        reason_place_change: 'PLACE',
      },
    ],
  });
  await buildAdoption(db, {
    la_code,
    child_id: 'RT0003',
    care_period_id: adopted.period.id,
    decision_date: '2023-11-01',
    placement_order_date: null,
    match_date: '2024-04-15',
    placed_date: null,
    order_date: '2025-01-20',
    adopters_count: 2,
    adopters_sex: 'MF',
    adopters_legal_status: 'L11',
    adopted_by_foster_carer: false,
  });

  // Home postcodes on every episode; social workers since before the previous year, one change in this year.
  await db.query(`UPDATE cla_episode SET home_postcode = 'AB1 1AA' WHERE la_code = $1`, [la_code]);
  const other = await buildWorker(db, { la_code, id: 'SW1002', team_id: team.id });
  for (const id of ['RT0001', 'RT0002', 'RT0003']) {
    // RT0001's social worker changes the day care starts (rule SW12STG2 wants one from DECOM).
    const change = id === 'RT0001' ? '2024-06-03' : '2024-06-01';
    await buildAllocation(db, {
      la_code,
      child_id: id,
      worker_id: worker.id,
      team_id: team.id,
      kind: 'social_worker',
      start_date: '2022-01-03',
      end_date: '2023-01-08',
      change_reason: 'ORGRST',
    });
    await buildAllocation(db, {
      la_code,
      child_id: id,
      worker_id: other.id,
      team_id: team.id,
      kind: 'social_worker',
      start_date: '2023-01-09',
      end_date: addDays(change, -1),
      change_reason: 'LEFTRL',
    });
    await buildAllocation(db, {
      la_code,
      child_id: id,
      worker_id: worker.id,
      team_id: team.id,
      kind: 'social_worker',
      start_date: change,
      end_date: null,
      change_reason: null,
    });
  }

  // A care leaver whose 19th birthday fell in the year.
  await child('RT0004', 'M', '2005-08-10', { upn_unknown: 'UN4' });
  await buildCareLeaverContact(db, {
    la_code,
    child_id: 'RT0004',
    contact_date: '2024-08-10',
    birthday_age: 19,
    in_touch: 'YES',
    activity: 'F2',
    accommodation: 'U1',
  });

  // Children in need: one with an assessment and a plan, one on a child protection plan.
  await child('RT0005', 'M', '2016-09-09', { disabilities: ['NONE'] });
  const need = await buildReferral(db, {
    la_code,
    child_id: 'RT0005',
    referral_date: '2024-05-07',
    decision_date: '2024-05-07',
    source: '2A',
    primary_need: 'N4',
    nfa: false,
    closure_date: '2025-02-10',
    closure_reason: 'RC7',
  });
  await buildAssessment(db, {
    la_code,
    child_id: 'RT0005',
    referral_id: need.id,
    start_date: '2024-05-08',
    authorised_date: '2024-06-20',
    factors: ['3A', '4A'],
  });
  await buildCinPlan(db, {
    la_code,
    child_id: 'RT0005',
    referral_id: need.id,
    start_date: '2024-06-21',
    end_date: '2025-02-10',
  });

  await child('RT0006', 'F', '2019-01-30', { disabilities: ['AUT'] });
  const cp = await buildReferral(db, {
    la_code,
    child_id: 'RT0006',
    referral_date: '2024-07-01',
    decision_date: '2024-07-01',
    source: '6',
    primary_need: 'N1',
    nfa: false,
    closure_date: null,
    closure_reason: null,
  });
  await buildAssessment(db, {
    la_code,
    child_id: 'RT0006',
    referral_id: cp.id,
    start_date: '2024-07-01',
    authorised_date: '2024-08-01',
    factors: ['3A'],
  });
  const s47 = await buildS47(db, {
    la_code,
    child_id: 'RT0006',
    referral_id: cp.id,
    start_date: '2024-07-02',
    end_date: null,
    icpc_target_date: '2024-07-23',
    icpc_not_required: false,
  });
  const icpc = await buildInitialConference(db, {
    la_code,
    child_id: 'RT0006',
    s47_enquiry_id: s47.id,
    conference_date: '2024-07-22',
    plan_made: true,
  });
  const plan = await buildCpPlan(db, {
    la_code,
    child_id: 'RT0006',
    referral_id: cp.id,
    initial_conference_id: icpc.id,
    start_date: '2024-07-22',
    end_date: null,
    initial_category: 'NEG',
    latest_category: 'NEG',
    previous_plans: 0,
  });
  await buildCpReview(db, { la_code, child_id: 'RT0006', cp_plan_id: plan.id, review_date: '2024-10-14' });
}

/** Columns each return carries, per table: what a round trip must reproduce. */
export const RETURN_COLUMNS: Record<string, string[]> = {
  child: ['id', 'sex', 'ethnicity', 'date_of_birth', 'upn', 'upn_unknown', 'disabilities'],
  care_period: ['child_id', 'start_date', 'end_date', 'short_breaks_only'],
  placement: ['child_id', 'start_date', 'end_date', 'placement_type', 'provider', 'postcode', 'urn'],
  cla_episode: [
    'child_id',
    'start_date',
    'reason_new',
    'legal_status',
    'category_of_need',
    'placement_type',
    'provider',
    'placement_postcode',
    'urn',
    'end_date',
    'reason_ceased',
    'reason_place_change',
  ],
  cla_review: ['child_id', 'review_date', 'participation'],
  missing_episode: ['child_id', 'kind', 'start_date', 'end_date'],
  health_outcome: [
    'child_id',
    'year',
    'sdq_score',
    'sdq_reason',
    'convicted',
    'immunisations',
    'teeth_check',
    'health_assessment',
    'substance_misuse',
  ],
  previous_permanence: ['child_id', 'option', 'order_la', 'order_date'],
  adoption: [
    'child_id',
    'decision_date',
    'match_date',
    'order_date',
    'adopters_count',
    'adopters_sex',
    'adopters_legal_status',
    'adopted_by_foster_carer',
  ],
  care_leaver_contact: ['child_id', 'contact_date', 'birthday_age', 'in_touch', 'activity', 'accommodation'],
  referral: ['child_id', 'referral_date', 'source', 'primary_need', 'nfa', 'closure_date', 'closure_reason'],
  assessment: ['child_id', 'start_date', 'authorised_date', 'factors'],
  cin_plan: ['child_id', 'start_date', 'end_date'],
  s47_enquiry: ['child_id', 'start_date', 'icpc_target_date', 'icpc_not_required'],
  initial_conference: ['child_id', 'conference_date', 'plan_made'],
  cp_plan: ['child_id', 'start_date', 'end_date', 'initial_category', 'latest_category', 'previous_plans'],
  cp_review: ['child_id', 'review_date'],
};

export async function snapshot(
  db: Db,
  tables: readonly string[],
  la_code = TEST_LA,
): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    const columns = RETURN_COLUMNS[table]!;
    result[table] = await db.query(
      `SELECT ${columns.join(', ')} FROM ${table} WHERE la_code = $1 ORDER BY ${columns.map((c) => `${c}::text`).join(', ')}`,
      [la_code],
    );
  }
  return result;
}

/** Row counts of every table the imports write, to show a refused import changed nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    ...Object.keys(RETURN_COLUMNS),
    'council',
    'contact',
    'early_help_episode',
    'care_leaver',
    'dolo',
    'audit_log',
  ]) {
    const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}
