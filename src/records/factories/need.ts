/**
 * Factories for the front door and child protection: contacts, referrals (episodes of need),
 * assessments, child in need plans and reviews, strategy discussions, section 47 enquiries, initial
 * conferences, child protection plans and reviews, and visits.
 */
import type { Db } from '../../store/db.ts';
import { insertOne, nextId, TEST_LA } from './insert.ts';
import { childIdFor } from './people.ts';
import type {
  AssessmentRow as StoredAssessmentRow,
  CinPlanReviewRow,
  CinPlanRow,
  ContactRow,
  CpPlanRow,
  CpReviewRow,
  InitialConferenceRow,
  ReferralRow,
  S47EnquiryRow,
  StrategyDiscussionRow,
  VisitRow,
} from '../../store/rows.ts';
export type {
  CinPlanReviewRow,
  CinPlanRow,
  ContactRow,
  CpPlanRow,
  CpReviewRow,
  InitialConferenceRow,
  ReferralRow,
  S47EnquiryRow,
  StrategyDiscussionRow,
  VisitRow,
} from '../../store/rows.ts';

export async function buildContact(db: Db, overrides: Partial<ContactRow> = {}): Promise<ContactRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'contact', {
    la_code,
    id: nextId('CT'),
    contact_date: '2024-06-03',
    source: '1A',
    outcome: 'referral',
    outcome_date: '2024-06-03',
    ...overrides,
    child_id,
  } satisfies ContactRow);
}

export async function buildReferral(db: Db, overrides: Partial<ReferralRow> = {}): Promise<ReferralRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'referral', {
    la_code,
    id: nextId('R'),
    contact_id: null,
    referral_date: '2024-06-03',
    source: '1A',
    decision_date: '2024-06-03',
    primary_need: 'N1',
    nfa: false,
    closure_date: null,
    closure_reason: null,
    ...overrides,
    child_id,
  } satisfies ReferralRow);
}

/** The referral from the overrides, or a new one for the child (assessments, plans and S47s need one). */
async function referralFor(
  db: Db,
  la_code: string,
  child_id: string,
  referral_id: string | undefined,
): Promise<string> {
  return referral_id ?? (await buildReferral(db, { la_code, child_id })).id;
}

/** As inserted: `factors` given as an array (rows.ts reads it back as array text). */
export type AssessmentRow = Omit<StoredAssessmentRow, 'factors'> & { factors: readonly string[] };

export async function buildAssessment(db: Db, overrides: Partial<AssessmentRow> = {}): Promise<AssessmentRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  const referral_id = await referralFor(db, la_code, child_id, overrides.referral_id);
  return insertOne(db, 'assessment', {
    la_code,
    id: nextId('AS'),
    start_date: '2024-06-04',
    child_seen_date: '2024-06-05',
    authorised_date: '2024-07-01',
    factors: [],
    needs_services: true,
    ...overrides,
    child_id,
    referral_id,
  } satisfies AssessmentRow);
}

export async function buildCinPlan(db: Db, overrides: Partial<CinPlanRow> = {}): Promise<CinPlanRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  const referral_id = await referralFor(db, la_code, child_id, overrides.referral_id);
  return insertOne(db, 'cin_plan', {
    la_code,
    id: nextId('CP'),
    start_date: '2024-07-08',
    end_date: null,
    ...overrides,
    child_id,
    referral_id,
  } satisfies CinPlanRow);
}

/** A review of a CIN plan; builds the plan when `cin_plan_id` is not given. */
export async function buildCinPlanReview(db: Db, overrides: Partial<CinPlanReviewRow> = {}): Promise<CinPlanReviewRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  let { child_id, cin_plan_id } = overrides;
  if (cin_plan_id === undefined) {
    const plan = await buildCinPlan(db, { la_code, ...(child_id ? { child_id } : {}) });
    cin_plan_id = plan.id;
    child_id = plan.child_id;
  }
  if (child_id === undefined) throw new Error('buildCinPlanReview: give child_id with cin_plan_id');
  return insertOne(db, 'cin_plan_review', {
    la_code,
    id: nextId('CR'),
    review_date: '2024-08-12',
    ...overrides,
    child_id,
    cin_plan_id,
  } satisfies CinPlanReviewRow);
}

export async function buildStrategyDiscussion(
  db: Db,
  overrides: Partial<StrategyDiscussionRow> = {},
): Promise<StrategyDiscussionRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  const referral_id = await referralFor(db, la_code, child_id, overrides.referral_id);
  return insertOne(db, 'strategy_discussion', {
    la_code,
    id: nextId('SD'),
    discussion_date: '2024-06-04',
    s47_decided: true,
    ...overrides,
    child_id,
    referral_id,
  } satisfies StrategyDiscussionRow);
}

export async function buildS47(db: Db, overrides: Partial<S47EnquiryRow> = {}): Promise<S47EnquiryRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  const referral_id = await referralFor(db, la_code, child_id, overrides.referral_id);
  return insertOne(db, 's47_enquiry', {
    la_code,
    id: nextId('SE'),
    strategy_discussion_id: null,
    start_date: '2024-06-04',
    end_date: '2024-06-14',
    icpc_target_date: null,
    icpc_not_required: false,
    ...overrides,
    child_id,
    referral_id,
  } satisfies S47EnquiryRow);
}

/** An ICPC; builds the section 47 enquiry it follows when `s47_enquiry_id` is not given. */
export async function buildInitialConference(
  db: Db,
  overrides: Partial<InitialConferenceRow> = {},
): Promise<InitialConferenceRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  let { child_id, s47_enquiry_id } = overrides;
  if (s47_enquiry_id === undefined) {
    const enquiry = await buildS47(db, { la_code, ...(child_id ? { child_id } : {}) });
    s47_enquiry_id = enquiry.id;
    child_id = enquiry.child_id;
  }
  if (child_id === undefined) throw new Error('buildInitialConference: give child_id with s47_enquiry_id');
  return insertOne(db, 'initial_conference', {
    la_code,
    id: nextId('IC'),
    conference_date: '2024-06-20',
    plan_made: true,
    ...overrides,
    child_id,
    s47_enquiry_id,
  } satisfies InitialConferenceRow);
}

export async function buildCpPlan(db: Db, overrides: Partial<CpPlanRow> = {}): Promise<CpPlanRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  const referral_id = await referralFor(db, la_code, child_id, overrides.referral_id);
  return insertOne(db, 'cp_plan', {
    la_code,
    id: nextId('PP'),
    initial_conference_id: null,
    start_date: '2024-06-20',
    end_date: null,
    initial_category: 'NEG',
    latest_category: 'NEG',
    previous_plans: 0,
    ...overrides,
    child_id,
    referral_id,
  } satisfies CpPlanRow);
}

/** A review conference; builds the plan when `cp_plan_id` is not given. */
export async function buildCpReview(db: Db, overrides: Partial<CpReviewRow> = {}): Promise<CpReviewRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  let { child_id, cp_plan_id } = overrides;
  if (cp_plan_id === undefined) {
    const plan = await buildCpPlan(db, { la_code, ...(child_id ? { child_id } : {}) });
    cp_plan_id = plan.id;
    child_id = plan.child_id;
  }
  if (child_id === undefined) throw new Error('buildCpReview: give child_id with cp_plan_id');
  return insertOne(db, 'cp_review', {
    la_code,
    id: nextId('RV'),
    review_date: '2024-09-16',
    ...overrides,
    child_id,
    cp_plan_id,
  } satisfies CpReviewRow);
}

export async function buildVisit(db: Db, overrides: Partial<VisitRow> = {}): Promise<VisitRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'visit', {
    la_code,
    id: nextId('V'),
    worker_id: null,
    visit_date: '2024-07-01',
    kind: 'cp',
    seen: true,
    seen_alone: true,
    ...overrides,
    child_id,
  } satisfies VisitRow);
}
