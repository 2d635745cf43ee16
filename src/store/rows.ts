/**
 * One interface per table, as a query returns its rows (dates as 'YYYY-MM-DD' strings, counts and
 * numerics as numbers: src/store/types.ts). Generated from the migrations and their comments by
 * scripts/generate-row-types.ts; do not edit (rows.test.ts fails when this file differs from the schema).
 */

/**
 * An individual prospective or approved adopter known to the council's adoption agency (Annex A list 11), and
 * where they are in the adoption process.
 */
export interface AdopterRow {
  /** Council. */
  la_code: string;
  /** Annex A individual adopter identifier (the council's own). */
  id: string;
  /**
   * Annex A family identifier: the adoptive household, shared by a couple (adoption.adopter_family_id of the
   * children placed with them).
   */
  family_id: string | null;
  /** Annex A gender: male, female or not stated (U). (code_sex) */
  sex: string | null;
  /** DfE ethnicity code. (code_ethnicity) */
  ethnicity: string | null;
  /** Whether the adopter has a disability. */
  disabled: boolean | null;
  /** Approved for fostering for adoption or concurrent planning (Annex A "Is the adopter FFA?"). */
  ffa: boolean | null;
  /** Date the agency received the first enquiry. ('YYYY-MM-DD') */
  enquiry_date: string | null;
  /**
   * Start of stage one (pre-assessment), when the agency accepts the registration of interest. ('YYYY-MM-DD')
   */
  stage1_start: string | null;
  /** End of stage one (expected within 2 months). ('YYYY-MM-DD') */
  stage1_end: string | null;
  /**
   * Start of stage two (assessment); fast-track applicants (approved foster carers, previous adopters) start
   * here. ('YYYY-MM-DD')
   */
  stage2_start: string | null;
  /** End of stage two (expected within 4 months). ('YYYY-MM-DD') */
  stage2_end: string | null;
  /** Date the formal application to adopt was submitted. ('YYYY-MM-DD') */
  application_date: string | null;
  /** Date the agency decision maker approved the adopter as suitable to adopt. ('YYYY-MM-DD') */
  approval_date: string | null;
  /** Date matched with a child (agency decision maker's decision on the match). ('YYYY-MM-DD') */
  match_date: string | null;
  /** Date a child was placed with the adopter for adoption. ('YYYY-MM-DD') */
  placed_date: string | null;
  /** Number of children placed with the adopter. */
  children_placed: number | null;
  /** Date of the adoption order. ('YYYY-MM-DD') */
  order_date: string | null;
  /** Date the adopter left the process before an adoption order. ('YYYY-MM-DD') */
  left_date: string | null;
  /** Why they left: withdrew, on hold, or refused (Annex A "Reason for leaving process"). */
  left_reason: string | null;
}

/**
 * A child's adoption journey: agency decision, placement order, match, placement, order, or the decision
 * reversed (Annex A list 10; 903 AD1 and PlacedAdoption).
 */
export interface AdoptionRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Period of care. */
  care_period_id: string;
  /**
   * Agency decision maker's decision that the child should be placed for adoption (903 DATE_INT).
   * ('YYYY-MM-DD')
   */
  decision_date: string;
  /** Placement order (court authority to place). ('YYYY-MM-DD') */
  placement_order_date: string | null;
  /** Match with prospective adopters (903 DATE_MATCH). ('YYYY-MM-DD') */
  match_date: string | null;
  /**
   * Placed with the eventual adopters as foster carers (fostering for adoption): stops the A10 clock.
   * ('YYYY-MM-DD')
   */
  ffa_placed_date: string | null;
  /** Placed for adoption (903 DATE_PLACED). ('YYYY-MM-DD') */
  placed_date: string | null;
  /** Adoption order. ('YYYY-MM-DD') */
  order_date: string | null;
  /**
   * Date of the decision that the child should no longer be placed for adoption (903 DATE_PLACED_CEASED).
   * ('YYYY-MM-DD')
   */
  reversal_date: string | null;
  /** 903 REASON_PLACED_CEASED. (code_reason_placed_ceased) */
  reversal_reason: string | null;
  /** Adoptive family. */
  adopter_family_id: string | null;
  /** 903 NB_ADOPTR. */
  adopters_count: number | null;
  /** 903 SEX_ADOPTR. (code_adopter_sex) */
  adopters_sex: string | null;
  /** 903 LS_ADOPTR. (code_adopter_legal_status) */
  adopters_legal_status: string | null;
  /** 903 FOSTER_CARE. */
  adopted_by_foster_carer: boolean | null;
}

/**
 * A child allocated to a worker (and through them a team) for a span of time; the 903 SWEpisodes table for
 * social workers.
 */
export interface AllocationRow {
  /** Council. */
  la_code: string;
  /** Allocation identifier. */
  id: string;
  /** Child allocated. */
  child_id: string;
  /** Worker the child is allocated to (903 SW_ID). */
  worker_id: string;
  /** Team responsible during the allocation (the worker's team at the time). */
  team_id: string;
  /** Relationship: social worker, IRO, personal adviser, family worker or youth justice officer. */
  kind: string;
  /** First day of the allocation (903 SW_DECOM). ('YYYY-MM-DD') */
  start_date: string;
  /** Last day of the allocation (903 SW_DEC); null while current. ('YYYY-MM-DD') */
  end_date: string | null;
  /** Why the allocation ended (903 SW_REASON). (code_sw_reason) */
  change_reason: string | null;
  /**
   * Reason the child's social worker changed to this one (903 SW_REASON), kept only when the store holds no
   * earlier allocation to carry it as change_reason; an export prefers the earlier allocation's
   * change_reason. (code_sw_reason)
   */
  start_reason: string | null;
}

/**
 * A token an integration (service account) presents instead of a session; shown once when made, stored only
 * as a hash.
 */
export interface ApiTokenRow {
  /** SHA-256 (hex) of the token. */
  token_hash: string;
  /** Council. */
  la_code: string;
  /** The service account the token belongs to. */
  user_id: string;
  /** The one role the token acts with. */
  role: string;
  /** What the token is for, for the administrator who lists them. */
  label: string;
  /** When it was made. */
  created_at: Date;
  /** When it stops working; every token expires. */
  expires_at: Date;
  /** When an administrator withdrew it. */
  revoked_at: Date | null;
}

/**
 * Someone who signs in to Kestrel. Their role decides what they may do; their team or worker decides whose
 * records they see.
 */
export interface AppUserRow {
  /** Council the user works for. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Sign-in name, unique across the store. */
  username: string;
  /** Name shown in the interface and the audit log. */
  display_name: string;
  /**
   * Main role (what each role may do is the policy table in src/access/policy.ts, printed in docs/ACCESS.md).
   */
  role: string;
  /** Team, for team-scoped roles. */
  team_id: string | null;
  /** The worker record of a social worker, for caseload-scoped access. */
  worker_id: string | null;
  /** Argon2id hash for local sign-in; null when the council's identity provider signs users in. */
  password_hash: string | null;
  /** False once access is withdrawn; rows are kept for the audit trail. */
  active: boolean;
  /** When the account was made. */
  created_at: Date;
  /** Service, for a head of service (scope: the teams of the service). */
  service_id: string | null;
  /**
   * Further roles held as well as the main one (e.g. an administrator who is also a team manager);
   * permissions are the union.
   */
  additional_roles: string[];
  /** An integration rather than a person: signs in only with API tokens, never a password. */
  service_account: boolean;
  /**
   * Failed password attempts since first_failed_sign_in_at (reset by a success or when the window passes).
   */
  failed_sign_ins: number;
  /** Start of the current window of failed attempts (lockout after 5 within 15 minutes). */
  first_failed_sign_in_at: Date | null;
  /** Sign-in refused until this time after repeated failures. */
  locked_until: Date | null;
}

/** A single (continuous) assessment under the Children Act 1989 (CIN census Assessments). */
export interface AssessmentRow {
  /** Council. */
  la_code: string;
  /** Assessment identifier. */
  id: string;
  /** Child assessed. */
  child_id: string;
  /** Episode of need the assessment belongs to. */
  referral_id: string;
  /** AssessmentActualStartDate (N00159). ('YYYY-MM-DD') */
  start_date: string;
  /** Date the child was first seen during the assessment (Annex A list 4). ('YYYY-MM-DD') */
  child_seen_date: string | null;
  /** AssessmentAuthorisationDate (N00160): the assessment's completion. ('YYYY-MM-DD') */
  authorised_date: string | null;
  /**
   * FactorsIdentifiedAtAssessment (N00181). (code_assessment_factor[] as array text ('{A,B}'); select
   * `factors::text[]` for an array)
   */
  factors: string;
  /** Assessed as requiring children's social care support (Annex A list 4). */
  needs_services: boolean | null;
}

/**
 * The end of the audit hash chain (one row): the last sequence number and hash, locked by each writer until
 * it commits.
 */
export interface AuditChainHeadRow {
  /** Always true: the table has one row. */
  singleton: boolean;
  /** Chain sequence number of the last audit row written (0 before any). */
  last_seq: number;
  /** Hash of the last audit row written (64 zeros before any). */
  last_hash: string;
}

/**
 * Append-only record of every view and change of a child's record, every import and export, and every refused
 * access.
 */
export interface AuditLogRow {
  /** Sequence number. */
  id: number;
  /** Council. */
  la_code: string;
  /** When it happened. */
  at: Date;
  /** User id, or the command that acted (e.g. cli:synth). */
  actor: string;
  /** What was done. */
  action: string;
  /** Kind of record (table name or report). */
  entity: string;
  /** Which record. */
  entity_id: string | null;
  /** Child concerned, so a child's access history can be listed. */
  child_id: string | null;
  /** What changed or was asked for (never the child's data itself). */
  detail: unknown | null;
  /** Position in the hash chain, without gaps (a gap is a deleted row). */
  chain_seq: number;
  /** row_hash of the row before it in the chain. */
  prev_hash: string;
  /** SHA-256 (hex) over prev_hash and this row's content (audit_row_hash). */
  row_hash: string;
}

/**
 * A budget line for a financial year; lines tied to placement types are projected from open placements and
 * their weekly costs (seed 002).
 */
export interface BudgetLineRow {
  /** Council. */
  la_code: string;
  /** Financial year by its starting year (2025 = April 2025 to March 2026). */
  financial_year: number;
  /** Budget line (independent fostering, residential agency placements, social work staffing, ...). */
  line: string;
  /** Budget in pounds. (numeric(12,2)) */
  budget: number;
  /**
   * Placement types whose cost falls on this line. (code_placement_type[] as array text ('{A,B}'); select
   * `placement_types::text[]` for an array)
   */
  placement_types: string;
  /**
   * Providers whose placements fall on this line. (code_placement_provider[] as array text ('{A,B}'); select
   * `placement_providers::text[]` for an array)
   */
  placement_providers: string;
  /** Expected further spend to year end beyond current commitments. (numeric(12,2)) */
  expected_growth: number;
}

/** A young person entitled to leaving care support (Children (Leaving Care) Act 2000): Annex A list 9. */
export interface CareLeaverRow {
  /** Council. */
  la_code: string;
  /** The young person. */
  child_id: string;
  /** Eligible, relevant, former relevant or qualifying. (code_care_leaver_eligibility) */
  eligibility: string;
  /** Date the entitlement began. ('YYYY-MM-DD') */
  eligible_from: string;
  /** Allocated personal adviser. */
  personal_adviser_id: string | null;
  /** Latest pathway plan review. ('YYYY-MM-DD') */
  pathway_plan_review_date: string | null;
  /** Date the service ended (aged 21, or 25 on request). ('YYYY-MM-DD') */
  services_ended: string | null;
}

/**
 * Contact with a care leaver and their activity and accommodation at that time (903 OC3 is the contact around
 * each birthday).
 */
export interface CareLeaverContactRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** The young person. */
  child_id: string;
  /** Date of contact. ('YYYY-MM-DD') */
  contact_date: string;
  /** When this is the contact around a birthday (OC3), the age reached; otherwise null. */
  birthday_age: number | null;
  /** 903 IN_TOUCH. (code_in_touch) */
  in_touch: string;
  /** 903 ACTIV. (code_activity) */
  activity: string | null;
  /** 903 ACCOM. (code_accommodation) */
  accommodation: string | null;
}

/**
 * A period of care: from the episode that starts it (RNE S) to the episode that ends it with a reason other
 * than X1.
 */
export interface CarePeriodRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Date the child started to be looked after. ('YYYY-MM-DD') */
  start_date: string;
  /** Date the child ceased to be looked after; null while looked after. ('YYYY-MM-DD') */
  end_date: string | null;
  /** Every episode is under legal status V3 or V4 (short breaks): national statistics exclude such care. */
  short_breaks_only: boolean;
}

/**
 * Pre-proceedings under the Public Law Outline and care proceedings for one child (statutory limit 26 weeks,
 * Children and Families Act 2014).
 */
export interface CareProceedingsRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Start of pre-proceedings (letter before proceedings). ('YYYY-MM-DD') */
  pre_proceedings_start: string | null;
  /** End of pre-proceedings (diverted or proceedings issued). ('YYYY-MM-DD') */
  pre_proceedings_end: string | null;
  /** Date the care application was issued. ('YYYY-MM-DD') */
  issue_date: string | null;
  /** Date of the final order (proceedings concluded). ('YYYY-MM-DD') */
  final_order_date: string | null;
  /** The final order made. (code_proceedings_order) */
  final_order: string | null;
}

/** A case file audit and its overall grade (seed 002: audits by grade per quarter). */
export interface CaseAuditRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child whose file was audited. */
  child_id: string;
  /** Team holding the case. */
  team_id: string | null;
  /** Worker holding the case. */
  worker_id: string | null;
  /** Date completed. ('YYYY-MM-DD') */
  audit_date: string;
  /** Overall grade. (code_ofsted_grade) */
  grade: string;
  /** Who audited. */
  auditor: string;
  /** Themes found (learning points). */
  themes: string[];
  /** random (drawn by the monthly sample) or themed (chosen for a theme or a team). */
  audit_type: string;
  /** Themed audits only: the theme audited (for example neglect, pre-birth, missing). */
  audit_theme: string | null;
  /** Who moderated the audit (the second manager of the pair), if moderated. */
  moderator: string | null;
  /** Overall grade the moderator gave; agreement is moderated_grade = grade. (code_ofsted_grade) */
  moderated_grade: string | null;
  /** What the audit found, as written by the auditor. */
  findings: string | null;
}

/** An action a case file audit set, with its owner and due date. */
export interface CaseAuditActionRow {
  /** Council. */
  la_code: string;
  /** The audit that set it (case_audit.id). */
  audit_id: string;
  /** Its number within the audit, from 1. */
  number: number;
  /** What is to be done. */
  action: string;
  /** Who is responsible for it (usually the team manager or worker). */
  owner: string;
  /** When it is due. ('YYYY-MM-DD') */
  due: string;
  /** When it was done; null while open. ('YYYY-MM-DD') */
  completed: string | null;
}

/**
 * The grade a case file audit gave one theme of practice (voice of the child, assessment, plan, management
 * oversight, ...).
 */
export interface CaseAuditThemeGradeRow {
  /** Council. */
  la_code: string;
  /** The audit (case_audit.id). */
  audit_id: string;
  /** Theme graded, in the council's own words (data/practice/audit-themes.json lists the usual ones). */
  theme: string;
  /** Grade for the theme, on the Ofsted scale. (code_ofsted_grade) */
  grade: string;
}

/**
 * A child known to children's social care. One row per child; siblings are separate children sharing a
 * family_id.
 */
export interface ChildRow {
  /** Council. */
  la_code: string;
  /** The council's child id (CIN LAchildID, N00097; 903 CHILD): up to 20 letters and digits. */
  id: string;
  /** Unique pupil number (N00001). */
  upn: string | null;
  /** Former unique pupil number. */
  former_upn: string | null;
  /** Why the UPN is not known (UN1-UN7). (code_upn_unknown) */
  upn_unknown: string | null;
  /** Given name (not in any return; for workers only). */
  given_name: string | null;
  /** Family name (not in any return; for workers only). */
  family_name: string | null;
  /** Date of birth; null for an unborn child. ('YYYY-MM-DD') */
  date_of_birth: string | null;
  /** Expected date of birth of an unborn child. ('YYYY-MM-DD') */
  expected_date_of_birth: string | null;
  /** Sex, M/F/U (U for unborn); older 1/2/0/9 codes are mapped on import. (code_sex) */
  sex: string;
  /** DfE ethnicity code. (code_ethnicity) */
  ethnicity: string;
  /**
   * DfE disability codes; NONE when none. (code_disability[] as array text ('{A,B}'); select
   * `disabilities::text[]` for an array)
   */
  disabilities: string;
  /** Date of death, if the child has died. ('YYYY-MM-DD') */
  death_date: string | null;
  /** Groups siblings (and the family for Supporting Families and adoption lists). */
  family_id: string | null;
  /** Postcode of the family home. */
  home_postcode: string | null;
  /** Unaccompanied asylum-seeking child (903 UASC table). */
  uasc: boolean;
  /** Date the child ceased to be UASC (903 DUC). ('YYYY-MM-DD') */
  uasc_ceased: string | null;
  /** A looked-after young woman who is a mother (903 MOTHER). */
  mother_of_child: boolean | null;
  /**
   * Date of birth of the young person's first child (903 MC_DOB), when she is a mother and it is known.
   * ('YYYY-MM-DD')
   */
  first_child_birth: string | null;
  /**
   * Earliest date the store holds a complete history of this child from (the start of the earliest collection
   * year imported for them); NULL when the whole history is held. ('YYYY-MM-DD')
   */
  history_from: string | null;
}

/**
 * A child whose record only the users named in child_restriction_user may open (no role sees it by default);
 * the child still counts in every aggregate.
 */
export interface ChildRestrictionRow {
  /** Council. */
  la_code: string;
  /** Restricted child. */
  child_id: string;
  /** Why: a staff member's relative, an adoption placement in progress, a high-profile case, or other. */
  reason: string;
  /** Further explanation, for the administrator (never shown to those refused). */
  note: string | null;
  /** When the restriction was made. */
  restricted_at: Date;
  /** User id of who made it. */
  restricted_by: string;
  /** When it was lifted; the record is then open to the usual scope again. */
  lifted_at: Date | null;
}

/**
 * The users named on a restriction: they may open the child's record if it is also within their role's scope.
 */
export interface ChildRestrictionUserRow {
  /** Council. */
  la_code: string;
  /** Restricted child. */
  child_id: string;
  /** User allowed to open it. */
  user_id: string;
}

/** A children's home the council runs (seed 000: residential homes and a secure unit). */
export interface ChildrensHomeRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Name of the home. */
  name: string;
  /** Ofsted unique reference number (the 903 URN of placements there). */
  urn: string;
  /** Registered places. */
  places: number;
  /** Secure children's home. */
  secure: boolean;
  /** Date it opened. ('YYYY-MM-DD') */
  opened: string;
  /** Date it closed, if it has. ('YYYY-MM-DD') */
  closed: string | null;
}

/** A child in need plan (CIN census CINPlanDates). */
export interface CinPlanRow {
  /** Council. */
  la_code: string;
  /** Plan identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Episode of need. */
  referral_id: string;
  /** CINPlanStartDate (N00689). ('YYYY-MM-DD') */
  start_date: string;
  /** CINPlanEndDate (N00690). ('YYYY-MM-DD') */
  end_date: string | null;
}

/** A review of a child in need plan (local practice: at least every six weeks). */
export interface CinPlanReviewRow {
  /** Council. */
  la_code: string;
  /** Review identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Plan reviewed. */
  cin_plan_id: string;
  /** Date of the review. ('YYYY-MM-DD') */
  review_date: string;
}

/**
 * An SSDA903 episode: a span with one legal status and one placement; a change of either starts a new
 * episode.
 */
export interface ClaEpisodeRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child (903 CHILD). */
  child_id: string;
  /** Period of care the episode belongs to. */
  care_period_id: string;
  /** Placement during the episode. */
  placement_id: string;
  /** 903 DECOM. ('YYYY-MM-DD') */
  start_date: string;
  /** 903 RNE. (code_rne) */
  reason_new: string;
  /** 903 LS. (code_legal_status) */
  legal_status: string;
  /** 903 CIN (N1-N8). (code_primary_need) */
  category_of_need: string;
  /** 903 PLACE. (code_placement_type) */
  placement_type: string;
  /** 903 PLACE_PROVIDER. (code_placement_provider) */
  provider: string | null;
  /** 903 HOME_POST: postcode of the home the child was removed from. */
  home_postcode: string | null;
  /** 903 PL_POST. */
  placement_postcode: string | null;
  /** 903 URN. */
  urn: string | null;
  /** 903 DEC. ('YYYY-MM-DD') */
  end_date: string | null;
  /** 903 REC. (code_rec) */
  reason_ceased: string | null;
  /** 903 REASON_PLACE_CHANGE. (code_reason_place_change) */
  reason_place_change: string | null;
}

/**
 * A looked-after review (903 Reviews): first within 20 working days, second within 3 months, then at most 6
 * months apart.
 */
export interface ClaReviewRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** 903 REVIEW. ('YYYY-MM-DD') */
  review_date: string;
  /** 903 REVIEW_CODE. (code_review_participation) */
  participation: string;
}

/**
 * Every code Kestrel knows, by list: DfE codes from the CIN census and SSDA903 specifications, and Kestrel's
 * own lists.
 */
export interface CodeListRow {
  /** Code list id; the domain code_<list> holds the same codes. */
  list: string;
  /** The code as the return writes it. */
  code: string;
  /** What the code means, in the specification's words. */
  label: string;
  /** First collection year (year of 31 March) the code is valid in; null: always. */
  valid_from_year: number | null;
  /** Last collection year the code is valid in; null: still valid. */
  valid_to_year: number | null;
}

/** A complaint about children's social care, by source and theme (seed 000). */
export interface ComplaintRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Date received. ('YYYY-MM-DD') */
  received_date: string;
  /** Who complained (care leaver, parent, residential unit, ...). */
  source: string;
  /** What it was about. */
  theme: string;
  /** Child concerned, if any. */
  child_id: string | null;
  /** Whether upheld (null until decided). */
  upheld: boolean | null;
  /** Date resolved. ('YYYY-MM-DD') */
  closed_date: string | null;
}

/** A contact received by the front door about a child (Annex A list 1). */
export interface ContactRow {
  /** Council. */
  la_code: string;
  /** Contact identifier. */
  id: string;
  /** Child the contact is about. */
  child_id: string;
  /** Date the contact was received. ('YYYY-MM-DD') */
  contact_date: string;
  /** Who made the contact (CIN ReferralSource codes). (code_referral_source) */
  source: string;
  /** What the front door decided. (code_contact_outcome) */
  outcome: string;
  /** Date of that decision. ('YYYY-MM-DD') */
  outcome_date: string | null;
}

/** A local authority whose children's social care records this store holds. */
export interface CouncilRow {
  /**
   * The DfE three-digit local authority code (e.g. 929 Northumberland); the key every other table carries.
   */
  la_code: string;
  /** The nine-character ONS code (e.g. E06000057). */
  new_la_code: string | null;
  /** Council name as DfE statistics print it. */
  name: string;
  /** Government office region, for regional benchmarks. */
  region: string | null;
  /** When the council was added to this store. */
  created_at: Date;
}

/**
 * ONS mid-year population estimates: the denominators of rates per 10,000 (0-17) and per 100,000 or 1,000
 * (10-17).
 */
export interface CouncilPopulationRow {
  /** Council. */
  la_code: string;
  /** Year of the mid-year (30 June) estimate. */
  year: number;
  /** Children aged 0 to 17. */
  aged_0_17: number;
  /** Young people aged 10 to 17 (youth justice rates). */
  aged_10_17: number;
}

/** A child protection plan (CIN census ChildProtectionPlans). */
export interface CpPlanRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Episode of need. */
  referral_id: string;
  /** The conference that made the plan. */
  initial_conference_id: string | null;
  /** CPPstartDate. ('YYYY-MM-DD') */
  start_date: string;
  /** CPPendDate. ('YYYY-MM-DD') */
  end_date: string | null;
  /** InitialCategoryOfAbuse. (code_abuse_category) */
  initial_category: string;
  /** LatestCategoryOfAbuse. (code_abuse_category) */
  latest_category: string;
  /** NumberOfPreviousCPP (N00106), including plans in other councils. */
  previous_plans: number;
}

/**
 * A child protection review conference (CPPreviewDate, N00116): first within 3 months of the ICPC, then at
 * most 6 months apart.
 */
export interface CpReviewRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Plan reviewed. */
  cp_plan_id: string;
  /** Date of the review conference. ('YYYY-MM-DD') */
  review_date: string;
}

/** A deprivation of liberty order (903 DoLo, 2026-27). */
export interface DoloRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** 903 DOLO_START. ('YYYY-MM-DD') */
  start_date: string;
  /** 903 DOLO_END. ('YYYY-MM-DD') */
  end_date: string | null;
}

/**
 * Early help for a child outside statutory social care: referral to a hub, early help assessment, team around
 * the family, step-up or step-down (Annex A list 2).
 */
export interface EarlyHelpEpisodeRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Family (Supporting Families attachment). */
  family_id: string | null;
  /** Date referred to early help. ('YYYY-MM-DD') */
  referral_date: string;
  /** Early help assessment started. ('YYYY-MM-DD') */
  assessment_start: string | null;
  /** Early help assessment completed. ('YYYY-MM-DD') */
  assessment_completed: string | null;
  /** Organisation completing the assessment. */
  organisation: string | null;
  /** Date early help ended. ('YYYY-MM-DD') */
  end_date: string | null;
  /** Why it ended. */
  end_reason: string | null;
  /** The social care episode it was stepped down from. */
  stepped_down_from_referral_id: string | null;
  /** The social care referral it was stepped up to. */
  stepped_up_to_referral_id: string | null;
}

/**
 * A child considered under the vulnerable, exploited, missing and trafficked (VEMT) arrangements, with the
 * assessed risk.
 */
export interface ExploitationAssessmentRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Date considered. ('YYYY-MM-DD') */
  assessment_date: string;
  /** Assessed risk of sexual exploitation. (code_risk_level) */
  sexual_exploitation_risk: string | null;
  /** Assessed risk of criminal exploitation. (code_risk_level) */
  criminal_exploitation_risk: string | null;
  /** Start of being subject to the arrangements. ('YYYY-MM-DD') */
  arrangements_start: string | null;
  /** End of being subject to the arrangements. ('YYYY-MM-DD') */
  arrangements_end: string | null;
  /** Whether the child made a disclosure. */
  disclosure: boolean;
}

/**
 * Comments and actions written about a measure for a reporting period (seed 001's COMMENTS and ACTIONS).
 * Append-only: a later entry for the same measure, period and kind replaces an earlier one on the scorecard,
 * and both are kept.
 */
export interface FrameworkCommentaryRow {
  /** Council. */
  la_code: string;
  /** Identifier, increasing in order of writing. */
  id: number;
  /** Catalogue id of the measure commented on (docs/INDICATORS.md). */
  indicator_id: string;
  /** Reporting period written for: a financial year (2024-25), a quarter (2024-25Q2) or a month (2025-03). */
  period: string;
  /**
   * Last day of the period, so that the latest entry on or before a scorecard's date carries forward.
   * ('YYYY-MM-DD')
   */
  period_to: string;
  /** comment (what the figure shows and why) or action (what will be done). */
  kind: string;
  /** The comment or action as written. */
  text: string;
  /** Who wrote it (a user id or name). */
  author: string;
  /** When it was written. */
  written_at: Date;
  /** Actions only: who is responsible for it. */
  owner: string | null;
  /** Actions only: when it is due. ('YYYY-MM-DD') */
  due: string | null;
}

/**
 * One version of a council's performance framework. The version in force on a date is the one with the latest
 * effective_from on or before it (the higher version when two share a date).
 */
export interface FrameworkVersionRow {
  /** Council whose framework this is. */
  la_code: string;
  /** Version number, 1 upwards per council, in order of import. */
  version: number;
  /** The framework's title as its file gives it. */
  name: string;
  /** First date the version is in force. ('YYYY-MM-DD') */
  effective_from: string;
  /**
   * The validated framework (sections, indicators, targets, bands) as JSON, in the shape of
   * src/framework/schema.ts.
   */
  document: unknown;
  /** The file as imported (YAML or JSON), so export gives back what was written, comments included. */
  source_text: string;
  /** Name of the imported file (its base name), or "default" for the framework Kestrel ships. */
  source_name: string;
  /** When it was imported. */
  imported_at: Date;
  /** Who imported it (a user id or the command). */
  imported_by: string;
}

/**
 * A health assessment or dental check of a looked-after child (dates for Annex A list 8 and the OC2 flags).
 */
export interface HealthCheckRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Health assessment or dental check. */
  kind: string;
  /** Date of the check. ('YYYY-MM-DD') */
  check_date: string;
}

/** The 903 OC2 outcomes of a child looked after continuously for 12 months at 31 March of the year. */
export interface HealthOutcomeRow {
  /** Council. */
  la_code: string;
  /** Child. */
  child_id: string;
  /** Collection year (year of the 31 March). */
  year: number;
  /** Strengths and difficulties questionnaire total, 0-40. */
  sdq_score: number | null;
  /** Why no SDQ score. (code_sdq_reason) */
  sdq_reason: string | null;
  /** Convicted or given a final warning or reprimand in the year. */
  convicted: boolean | null;
  /** Development assessments up to date (under 5). */
  health_check: boolean | null;
  /** Immunisations up to date. */
  immunisations: boolean | null;
  /** Dental check in the year. */
  teeth_check: boolean | null;
  /** Annual health assessment in the year. */
  health_assessment: boolean | null;
  /** Identified as having a substance misuse problem. */
  substance_misuse: boolean | null;
  /** Received an intervention for it. */
  intervention_received: boolean | null;
  /** Offered an intervention and refused it. */
  intervention_offered: boolean | null;
}

/** An Ofsted inspection of a children's home and its overall grade. */
export interface HomeInspectionRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Home inspected. */
  home_id: string;
  /** Date of the inspection. ('YYYY-MM-DD') */
  inspection_date: string;
  /** Overall effectiveness grade. (code_ofsted_grade) */
  grade: string;
}

/**
 * One import of a statutory return: its files, who ran it and when, what was stored and left out, and the
 * rule findings it carried.
 */
export interface ImportBatchRow {
  /** Council the return was imported into. */
  la_code: string;
  /** Batch number, unique across the store (kestrel imports show ID). */
  id: number;
  /** The return: 903 (SSDA903), cin (CIN census) or annexa (Ofsted Annex A). */
  kind: string;
  /** Collection year by its 31 March (2025 = 2024-25); null for Annex A, which has none. */
  collection_year: number | null;
  /** The files read: [{name, sha256, bytes}], name without its folder. */
  files: unknown;
  /** Who ran it, as the audit log names them (cli:<username>). */
  actor: string;
  /** When the import began (before reading the files). */
  started_at: Date;
  /** When its transaction was about to commit. */
  finished_at: Date;
  /**
   * True when run with --accept-errors: rows the store could not hold were left out instead of refusing the
   * file.
   */
  accepted_errors: boolean;
  /** Rows written per store table: {table: {inserted, updated, deleted}}. */
  stored: unknown;
  /** Rows left out per table: {table: count}. */
  left_out: unknown;
  /** How many rows were left out in all. */
  left_out_total: number;
  /** The rows left out, up to the first 5,000: [{table, file, line, child, reason}]. */
  left_out_rows: unknown;
  /** Rule findings of severity error, in all. */
  errors: number;
  /** Rule findings of severity query, in all. */
  queries: number;
  /** The findings, up to the first 5,000: [{code, severity, table, file, line, child, fields, message}]. */
  findings: unknown;
}

/** An action of the improvement plan under an Ofsted recommendation or a local priority. */
export interface ImprovementActionRow {
  /** Council. */
  la_code: string;
  /** Identifier the council gives it (for example R1.2: recommendation 1, action 2). */
  id: string;
  /** recommendation (from an Ofsted inspection) or priority (the council's own). */
  kind: string;
  /** The recommendation or priority as written. */
  heading: string;
  /** What will be done. */
  action: string;
  /** Who is responsible. */
  owner: string;
  /** When it is due. ('YYYY-MM-DD') */
  due: string;
  /** Catalogue ids of the indicators that evidence progress (docs/INDICATORS.md). */
  evidence: string[];
}

/**
 * Progress on an improvement plan action as at a date; append-only, the latest on or before a date is the RAG
 * shown for it.
 */
export interface ImprovementProgressRow {
  /** Council. */
  la_code: string;
  /** The action (improvement_action.id). */
  action_id: string;
  /** Identifier, increasing in order of writing. */
  id: number;
  /** The date the progress is reported as at. ('YYYY-MM-DD') */
  as_at: string;
  /** red, amber, green, or complete. */
  rag: string;
  /** What has been done, as written. */
  note: string | null;
  /** Who reported it. */
  author: string;
}

/** An initial child protection conference following a section 47 enquiry (DateOfInitialCPC, N00110). */
export interface InitialConferenceRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** The enquiry the conference followed. */
  s47_enquiry_id: string;
  /** Date of the conference. ('YYYY-MM-DD') */
  conference_date: string;
  /** Whether the conference made a child protection plan. */
  plan_made: boolean;
}

/**
 * The value of a measure that does not come from case records (surveys, inspection grades, claims made
 * elsewhere, budgets, youth justice figures from a separate system), entered per period.
 */
export interface MeasureValueRow {
  /** Council. */
  la_code: string;
  /** Catalogue id of the measure. */
  indicator_id: string;
  /** First day of the period. ('YYYY-MM-DD') */
  period_from: string;
  /** Last day of the period. ('YYYY-MM-DD') */
  period_to: string;
  /** Council, locality, team or worker. */
  level_kind: string;
  /** Which locality, team or worker; empty for the council. */
  level_id: string;
  /** The value. */
  value: number;
  /** Numerator, for a ratio. */
  numerator: number | null;
  /** Denominator, for a ratio. */
  denominator: number | null;
  /** Source or caveat. */
  note: string | null;
  /** Who entered it. */
  entered_by: string;
  /** When it was entered. */
  entered_at: Date;
}

/**
 * A looked-after child missing or away from placement (903 Missing) and the return home interview offered
 * after it.
 */
export interface MissingEpisodeRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** 903 MISSING: M missing, A away without authorisation. (code_missing_type) */
  kind: string;
  /** 903 MIS_START. ('YYYY-MM-DD') */
  start_date: string;
  /** 903 MIS_END. ('YYYY-MM-DD') */
  end_date: string | null;
  /**
   * Date a return home interview was offered (statutory guidance: within 72 hours of return). ('YYYY-MM-DD')
   */
  rhi_offered_date: string | null;
  /** Whether the child accepted the interview. */
  rhi_accepted: boolean | null;
}

/** A permanence plan agreed for a looked-after child (expected by the second review). */
export interface PermanencePlanRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Date the plan was agreed. ('YYYY-MM-DD') */
  plan_date: string;
  /** The permanence option planned. */
  plan: string;
}

/**
 * A placement: where and with whom a looked-after child lives, and what it costs. A change of legal status
 * alone keeps the placement.
 */
export interface PlacementRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Period of care. */
  care_period_id: string;
  /** First day of the placement. ('YYYY-MM-DD') */
  start_date: string;
  /** Last day of the placement (the day the next begins); null while current. ('YYYY-MM-DD') */
  end_date: string | null;
  /** 903 PLACE. (code_placement_type) */
  placement_type: string;
  /** 903 PLACE_PROVIDER. (code_placement_provider) */
  provider: string | null;
  /** 903 PL_POST: postcode of the placement. */
  postcode: string | null;
  /** 903 URN of the provider (Ofsted), where registered. */
  urn: string | null;
  /** The council's own children's home, when placed in one. */
  home_id: string | null;
  /** Foster carer or adopter household, so that moves with the same carers can be told apart. */
  carer_id: string | null;
  /** Placed inside the council's boundary. */
  in_area: boolean | null;
  /** Weekly cost in pounds (budget projections). (numeric(9,2)) */
  weekly_cost: number | null;
}

/** A permanence order the child had before this period of care (903 PrevPerm). */
export interface PreviousPermanenceRow {
  /** Council. */
  la_code: string;
  /** Child. */
  child_id: string;
  /** 903 PREV_PERM. (code_previous_permanence) */
  option: string;
  /** 903 LA_PERM: council that made the order, or NIR/SCO/WAL/NUK/999. */
  order_la: string | null;
  /** 903 DATE_PERM. ('YYYY-MM-DD') */
  order_date: string | null;
}

/**
 * The version of each child's record, bumped by every change recorded through the forms or the API; a child
 * never changed that way has no row (version 0).
 */
export interface RecordVersionRow {
  /** Council the child belongs to. */
  la_code: string;
  /** The child whose record this version counts. */
  child_id: string;
  /**
   * Number of changes recorded for the child; a change submitted at an older version is refused unless
   * confirmed.
   */
  version: number;
  /** When the latest change was recorded. */
  changed_at: Date;
  /** Who recorded the latest change (app_user id or service account), as in audit_log.actor. */
  changed_by: string;
}

/** A referral to children's social care and the episode of need it opens (CIN census CINdetails). */
export interface ReferralRow {
  /** Council. */
  la_code: string;
  /** Episode identifier. */
  id: string;
  /** Child referred. */
  child_id: string;
  /** The contact that became this referral, where recorded. */
  contact_id: string | null;
  /** CINreferralDate (N00100). ('YYYY-MM-DD') */
  referral_date: string;
  /** ReferralSource (N00152). (code_referral_source) */
  source: string;
  /**
   * Date the type of response was decided (Working Together: within 1 working day); not in the census.
   * ('YYYY-MM-DD')
   */
  decision_date: string | null;
  /** PrimaryNeedCode (N00101). (code_primary_need) */
  primary_need: string | null;
  /** ReferralNFA (N00112): no further action after the referral. */
  nfa: boolean;
  /** CINclosureDate (N00102). ('YYYY-MM-DD') */
  closure_date: string | null;
  /** ReasonForClosure (N00103). (code_closure_reason) */
  closure_reason: string | null;
}

/** A section 47 enquiry (CIN census Section47). */
export interface S47EnquiryRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Episode of need. */
  referral_id: string;
  /** The strategy discussion that initiated it. */
  strategy_discussion_id: string | null;
  /** S47ActualStartDate: the date of the strategy discussion that initiated the enquiry. ('YYYY-MM-DD') */
  start_date: string;
  /** Date the enquiry concluded. ('YYYY-MM-DD') */
  end_date: string | null;
  /** InitialCPCtarget (N00109): 15 working days from the start. ('YYYY-MM-DD') */
  icpc_target_date: string | null;
  /** ICPCnotRequired (N00111). */
  icpc_not_required: boolean;
}

/** A service of the council (e.g. children in care, safeguarding): the teams one head of service runs. */
export interface ServiceRow {
  /** Council. */
  la_code: string;
  /** Service identifier, unique within the council. */
  id: string;
  /** Service name as staff know it. */
  name: string;
}

/** The teams in a service: a head of service sees the children allocated to these teams. */
export interface ServiceTeamRow {
  /** Council. */
  la_code: string;
  /** Service. */
  service_id: string;
  /** Team in the service. */
  team_id: string;
}

/** A successful payment-by-results claim for a Supporting Families family. */
export interface SfClaimRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Family. */
  family_id: string;
  /** Date the claim was made. ('YYYY-MM-DD') */
  claim_date: string;
  /** Significant and sustained progress, or continuous employment. */
  kind: string;
  /** The programme's claim window (e.g. 2025-Q3). */
  claim_window: string;
}

/** A family attached to the Supporting Families (formerly Troubled Families) programme. */
export interface SfFamilyRow {
  /** Council. */
  la_code: string;
  /** Family. */
  family_id: string;
  /** Date the family was identified and attached. ('YYYY-MM-DD') */
  attached_date: string;
}

/**
 * A failed or refused sign-in, by the network address it came from: more than the limit within the window
 * refuses further attempts from that address.
 */
export interface SignInFailureRow {
  /** Sequence number. */
  id: number;
  /** Network address the attempt came from (the socket, or X-Forwarded-For behind a trusted proxy). */
  address: string;
  /** When the attempt failed. */
  at: Date;
}

/** A strategy discussion (Working Together) where there is reasonable cause to suspect significant harm. */
export interface StrategyDiscussionRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child. */
  child_id: string;
  /** Episode of need. */
  referral_id: string;
  /** Date of the discussion. ('YYYY-MM-DD') */
  discussion_date: string;
  /** Whether it decided to start a section 47 enquiry. */
  s47_decided: boolean;
}

/** An answer count from a survey of children, parents or staff (e.g. parents satisfied with the service). */
export interface SurveyResultRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Survey name. */
  survey: string;
  /** Question asked. */
  question: string;
  /** Survey period start. ('YYYY-MM-DD') */
  period_from: string;
  /** Survey period end. ('YYYY-MM-DD') */
  period_to: string;
  /** People who answered. */
  respondents: number;
  /** People who answered positively. */
  positive: number;
}

/**
 * A team of workers: front door, assessment, fieldwork, disabled children, permanence, leaving care, youth
 * justice, early help or IRO.
 */
export interface TeamRow {
  /** Council. */
  la_code: string;
  /** Team identifier, unique within the council. */
  id: string;
  /** Team name as staff know it. */
  name: string;
  /** What the team does (code list team_kind). (code_team_kind) */
  kind: string;
  /** Locality or area the team serves, for locality-level reporting. */
  locality: string | null;
  /** Date the team was formed. ('YYYY-MM-DD') */
  opened: string;
  /** Date the team was disbanded, if it was. ('YYYY-MM-DD') */
  closed: string | null;
}

/** Funded social work posts per team from a date: vacancies are funded FTE less filled FTE. */
export interface TeamEstablishmentRow {
  /** Council. */
  la_code: string;
  /** Team. */
  team_id: string;
  /** Date this establishment took effect (until the next row). ('YYYY-MM-DD') */
  from_date: string;
  /** Funded full-time-equivalent posts. (numeric(6,2)) */
  funded_fte: number;
}

/**
 * A team health check and its grade; the next is due 12 months after good or outstanding, 6 months otherwise.
 */
export interface TeamHealthCheckRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Team checked. */
  team_id: string;
  /** Date of the check. ('YYYY-MM-DD') */
  check_date: string;
  /** Grade. (code_ofsted_grade) */
  grade: string;
  /** Who undertook the check (seed 002: the Director and the Assistant Director). */
  checked_by: string | null;
  /** Findings and priority areas for improvement, as written. */
  findings: string | null;
}

/** A signed-in session; the cookie holds only the opaque id, so a session can be revoked at once. */
export interface UserSessionRow {
  /**
   * SHA-256 (hex) of the session token; the token itself is only in the cookie, so a copy of the table opens
   * no session.
   */
  id: string;
  /** Council. */
  la_code: string;
  /** User. */
  user_id: string;
  /** Sign-in time. */
  created_at: Date;
  /** Absolute end of the session (12 hours after sign-in), however active. */
  expires_at: Date;
  /** When it was signed out or revoked. */
  revoked_at: Date | null;
  /** Last use; the session lapses after 30 minutes without one. */
  last_seen_at: Date;
  /** Network address the sign-in came from. */
  address: string | null;
}

/**
 * A statutory visit to a child (child protection: at most 10 working days apart locally; looked after: per
 * the care planning regulations).
 */
export interface VisitRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Child visited. */
  child_id: string;
  /** Worker who visited. */
  worker_id: string | null;
  /** Date of the visit. ('YYYY-MM-DD') */
  visit_date: string;
  /** The plan the visit is made under. */
  kind: string;
  /** Whether the child was seen. */
  seen: boolean;
  /** Whether the child was seen alone (Annex A list 7). */
  seen_alone: boolean;
}

/**
 * A member of staff who holds cases or chairs reviews: social workers, managers, IROs, personal advisers,
 * family and youth justice workers.
 */
export interface WorkerRow {
  /** Council. */
  la_code: string;
  /** Worker identifier (the 903 SW_ID for social workers). */
  id: string;
  /** Full name. */
  name: string;
  /** Role (code list worker_role). (code_worker_role) */
  role: string;
  /** Team the worker belongs to. */
  team_id: string;
  /** Full-time equivalent, 0.01 to 1.00. (numeric(3,2)) */
  fte: number;
  /** Registered social worker. */
  qualified: boolean;
  /** In the assessed and supported year in employment (protected caseload). */
  asye: boolean;
  /** Employed through an agency rather than by the council. */
  agency: boolean;
  /** First day in post. ('YYYY-MM-DD') */
  start_date: string;
  /** Last day in post, if the worker has left. ('YYYY-MM-DD') */
  end_date: string | null;
}

/**
 * The council's workload model: points a case of each kind adds to its worker's load (seed 001: an ideal of
 * 56 points for an experienced worker).
 */
export interface WorkloadWeightRow {
  /** Council. */
  la_code: string;
  /** Kind of case by the child's status. */
  case_kind: string;
  /** Points per case of that kind. (numeric(5,2)) */
  points: number;
}

/**
 * A youth justice intervention (order or programme) and the young person's education and accommodation at its
 * end.
 */
export interface YjInterventionRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Young person. */
  child_id: string;
  /** Start. ('YYYY-MM-DD') */
  start_date: string;
  /** End. ('YYYY-MM-DD') */
  end_date: string | null;
  /** In suitable education, training or employment at the end. (code_yj_end_status) */
  ete_at_end: string | null;
  /** In suitable accommodation at the end. (code_yj_end_status) */
  accommodation_at_end: string | null;
}

/**
 * A proven offence by a young person and its outcome (caution or conviction); the first is first entry to the
 * youth justice system.
 */
export interface YjOffenceRow {
  /** Council. */
  la_code: string;
  /** Identifier. */
  id: string;
  /** Young person. */
  child_id: string;
  /** Date of the offence. ('YYYY-MM-DD') */
  offence_date: string;
  /** Outcome: caution, order or custodial sentence. (code_yj_outcome) */
  outcome: string;
  /** Date of the caution or sentence. ('YYYY-MM-DD') */
  outcome_date: string;
}
