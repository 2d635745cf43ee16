/** Factories for care leavers, early help, Supporting Families and youth justice. */
import type { Db } from '../../store/db.ts';
import { insertOne, nextId, rowExists, TEST_LA } from './insert.ts';
import { childIdFor, ensureCouncil } from './people.ts';
import type {
  CareLeaverContactRow,
  CareLeaverRow,
  EarlyHelpEpisodeRow,
  ExploitationAssessmentRow,
  SfClaimRow,
  SfFamilyRow,
  YjInterventionRow,
  YjOffenceRow,
} from '../../store/rows.ts';
export type {
  CareLeaverContactRow,
  CareLeaverRow,
  EarlyHelpEpisodeRow,
  ExploitationAssessmentRow,
  SfClaimRow,
  SfFamilyRow,
  YjInterventionRow,
  YjOffenceRow,
} from '../../store/rows.ts';

export async function buildCareLeaver(db: Db, overrides: Partial<CareLeaverRow> = {}): Promise<CareLeaverRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'care_leaver', {
    la_code,
    eligibility: 'former_relevant',
    eligible_from: '2023-06-01',
    personal_adviser_id: null,
    pathway_plan_review_date: null,
    services_ended: null,
    ...overrides,
    child_id,
  } satisfies CareLeaverRow);
}

export async function buildCareLeaverContact(
  db: Db,
  overrides: Partial<CareLeaverContactRow> = {},
): Promise<CareLeaverContactRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'care_leaver_contact', {
    la_code,
    id: nextId('LC'),
    contact_date: '2024-06-03',
    birthday_age: 19,
    in_touch: 'YES',
    activity: 'F2',
    accommodation: 'B1',
    ...overrides,
    child_id,
  } satisfies CareLeaverContactRow);
}

export async function buildEarlyHelp(
  db: Db,
  overrides: Partial<EarlyHelpEpisodeRow> = {},
): Promise<EarlyHelpEpisodeRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'early_help_episode', {
    la_code,
    id: nextId('EH'),
    family_id: null,
    referral_date: '2024-05-01',
    assessment_start: '2024-05-08',
    assessment_completed: '2024-06-01',
    organisation: 'School',
    end_date: null,
    end_reason: null,
    stepped_down_from_referral_id: null,
    stepped_up_to_referral_id: null,
    ...overrides,
    child_id,
  } satisfies EarlyHelpEpisodeRow);
}

export async function buildSfFamily(db: Db, overrides: Partial<SfFamilyRow> = {}): Promise<SfFamilyRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  await ensureCouncil(db, la_code);
  return insertOne(db, 'sf_family', {
    la_code,
    family_id: nextId('F'),
    attached_date: '2023-05-01',
    ...overrides,
  } satisfies SfFamilyRow);
}

/** A payment-by-results claim; attaches the family first when it is not attached yet. */
export async function buildSfClaim(db: Db, overrides: Partial<SfClaimRow> = {}): Promise<SfClaimRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  let family_id = overrides.family_id;
  if (family_id === undefined || !(await rowExists(db, 'sf_family', { la_code, family_id }))) {
    family_id = (await buildSfFamily(db, { la_code, ...(family_id ? { family_id } : {}) })).family_id;
  }
  return insertOne(db, 'sf_claim', {
    la_code,
    id: nextId('SC'),
    claim_date: '2024-09-30',
    kind: 'sustained_progress',
    claim_window: '2024-Q2',
    ...overrides,
    family_id,
  } satisfies SfClaimRow);
}

export async function buildYjOffence(db: Db, overrides: Partial<YjOffenceRow> = {}): Promise<YjOffenceRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'yj_offence', {
    la_code,
    id: nextId('YO'),
    offence_date: '2024-04-20',
    outcome: 'youth_caution',
    outcome_date: '2024-05-15',
    ...overrides,
    child_id,
  } satisfies YjOffenceRow);
}

export async function buildYjIntervention(
  db: Db,
  overrides: Partial<YjInterventionRow> = {},
): Promise<YjInterventionRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'yj_intervention', {
    la_code,
    id: nextId('YI'),
    start_date: '2024-05-20',
    end_date: null,
    ete_at_end: null,
    accommodation_at_end: null,
    ...overrides,
    child_id,
  } satisfies YjInterventionRow);
}

export async function buildExploitationAssessment(
  db: Db,
  overrides: Partial<ExploitationAssessmentRow> = {},
): Promise<ExploitationAssessmentRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'exploitation_assessment', {
    la_code,
    id: nextId('EX'),
    assessment_date: '2024-07-01',
    sexual_exploitation_risk: 'medium',
    criminal_exploitation_risk: 'low',
    arrangements_start: '2024-07-01',
    arrangements_end: null,
    disclosure: false,
    ...overrides,
    child_id,
  } satisfies ExploitationAssessmentRow);
}
