/**
 * Builds Ofsted's Annex A lists (RETURNS.md section 3) as at an inspection date from the record store.
 * Windows are Ofsted's: lists 1-8 cover the six months before the date (plus what is open at it), the
 * "last 12 months" counts and lists 10 and 11 the twelve months before it. Codes stay the DfE codes
 * the store holds (Ofsted accepts them; the lettered labels are a presentation of the same lists).
 * Everything is as at the date: a date after it is not yet known and is left blank.
 */
import type { Db } from '../../store/db.ts';
import { addDays, addMonths, ageInYears } from '../../calendar/dates.ts';
import type { AnnexA } from '../io/annexa-lists.ts';
import type {
  AdoptionRow,
  AssessmentRow,
  CareLeaverContactRow,
  CareLeaverRow,
  CarePeriodRow,
  ChildRow,
  ClaEpisodeRow,
  ContactRow,
  CpPlanRow,
  EarlyHelpEpisodeRow,
  PlacementRow,
  ReferralRow,
  S47EnquiryRow,
} from '../../store/rows.ts';
import type { OnProgress } from './progress.ts';
import { list11 } from './export-annexa-adopters.ts';
import { GENDER, s, yesNo } from './export-annexa-cells.ts';

/** The child columns CHILD_SQL selects. */
type ChildColumns = Pick<ChildRow, 'sex' | 'ethnicity' | 'date_of_birth' | 'uasc' | 'family_id'> & {
  child_id: string;
  disabilities: string[];
  team: string | null;
  worker: string | null;
};
/** Counts selected with count(*), as numbers (src/store/types.ts). */
type Count = number;

/** Child columns, with the child's current team and social worker joined in SQL as `team`/`worker`. */
const CHILD_SQL = `c.id AS child_id, c.sex, c.ethnicity, c.date_of_birth, c.disabilities::text[] AS disabilities, c.uasc, c.family_id,
  (SELECT t.name FROM allocation a JOIN team t ON t.la_code = a.la_code AND t.id = a.team_id
    WHERE a.la_code = c.la_code AND a.child_id = c.id AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2) ORDER BY a.start_date DESC LIMIT 1) AS team,
  (SELECT w.name FROM allocation a JOIN worker w ON w.la_code = a.la_code AND w.id = a.worker_id
    WHERE a.la_code = c.la_code AND a.child_id = c.id AND a.kind = 'social_worker' AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2) ORDER BY a.start_date DESC LIMIT 1) AS worker`;

function childColumns(row: ChildColumns, at: string) {
  const dob = row.date_of_birth;
  const disabilities = row.disabilities;
  return {
    childId: s(row.child_id),
    gender: GENDER[s(row.sex) ?? ''] ?? null,
    ethnicity: s(row.ethnicity),
    dateOfBirth: dob,
    age: dob === null ? '-1' : String(ageInYears(dob, at)),
    disability: disabilities.some((d) => d !== 'NONE') ? 'Yes' : 'No',
    allocatedTeam: s(row.team),
    allocatedWorker: s(row.worker),
  };
}

export async function exportAnnexA(db: Db, laCode: string, at: string, onProgress?: OnProgress): Promise<AnnexA> {
  const from6 = addDays(addMonths(at, -6), 1);
  const from12 = addDays(addMonths(at, -12), 1);
  const p = [laCode, at, from6, from12];
  // PostgreSQL wants exactly the parameters a statement uses: pass $1..$n for the highest $n in it.
  const q = <T>(sql: string) =>
    db.query<ChildColumns & T>(sql, p.slice(0, Math.max(...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))));
  const join = 'JOIN child c ON c.la_code = x.la_code AND c.id = x.child_id';
  const annexA: AnnexA = {};

  annexA[1] = (
    await q<Pick<ContactRow, 'contact_date' | 'source'>>(
      `SELECT ${CHILD_SQL}, x.contact_date, x.source FROM contact x ${join} WHERE x.la_code = $1 AND x.contact_date BETWEEN $3 AND $2 ORDER BY x.contact_date, x.id`,
    )
  ).map((r) => ({ ...childColumns(r, at), contactDate: s(r.contact_date), contactSource: s(r.source) }));
  onProgress?.(1, 11, 'list 1');

  annexA[2] = (
    await q<
      Pick<EarlyHelpEpisodeRow, 'assessment_start' | 'assessment_completed' | 'organisation'>
    >(`SELECT ${CHILD_SQL}, x.assessment_start, x.assessment_completed, x.organisation FROM early_help_episode x ${join}
      WHERE x.la_code = $1 AND x.assessment_start <= $2 -- list 2 lists assessments: an episode awaiting one is not yet in it
        AND (x.assessment_start >= $3 OR x.end_date IS NULL OR x.end_date > $2) ORDER BY x.referral_date, x.id`)
  ).map((r) => ({
    ...childColumns(r, at),
    assessmentStart: s(r.assessment_start),
    assessmentCompleted: s(r.assessment_completed),
    organisation: s(r.organisation),
  }));
  onProgress?.(2, 11, 'list 2');

  annexA[3] = (
    await q<
      Pick<ReferralRow, 'referral_date' | 'source' | 'nfa'> & { last12: Count }
    >(`SELECT ${CHILD_SQL}, x.referral_date, x.source, x.nfa,
      (SELECT count(*) FROM referral y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.referral_date BETWEEN $4 AND $2) AS last12
      FROM referral x ${join} WHERE x.la_code = $1 AND x.referral_date BETWEEN $3 AND $2 ORDER BY x.referral_date, x.id`)
  ).map((r) => ({
    ...childColumns(r, at),
    referralDate: s(r.referral_date),
    referralSource: s(r.source),
    referralNfa: yesNo(r.nfa),
    referralsLast12Months: s(r.last12),
  }));
  onProgress?.(3, 11, 'list 3');

  annexA[4] = (
    await q<
      Pick<AssessmentRow, 'start_date' | 'child_seen_date' | 'authorised_date' | 'needs_services'>
    >(`SELECT ${CHILD_SQL}, x.start_date, x.child_seen_date, x.authorised_date, x.needs_services FROM assessment x ${join}
      WHERE x.la_code = $1 AND ((x.start_date BETWEEN $3 AND $2) OR (x.authorised_date BETWEEN $3 AND $2) OR (x.start_date <= $2 AND x.authorised_date IS NULL)) ORDER BY x.start_date, x.id`)
  ).map((r) => ({
    ...childColumns(r, at),
    assessmentStart: s(r.start_date),
    childSeen: s(r.child_seen_date),
    assessmentAuthorised: s(r.authorised_date),
    requiresSupport: yesNo(r.needs_services),
  }));
  onProgress?.(4, 11, 'list 4');

  annexA[5] = (
    await q<
      Pick<S47EnquiryRow, 'start_date' | 'icpc_not_required'> & {
        conference_date: string | null;
        plan_made: boolean | null;
        s47s: Count;
        icpcs: Count;
      }
    >(
      `SELECT ${CHILD_SQL}, x.start_date, x.icpc_not_required, ic.conference_date, ic.plan_made,
      (SELECT count(*) FROM s47_enquiry y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.start_date BETWEEN $4 AND $2) AS s47s,
      (SELECT count(*) FROM initial_conference y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.conference_date BETWEEN $4 AND $2) AS icpcs
      FROM s47_enquiry x ${join} LEFT JOIN initial_conference ic ON ic.la_code = x.la_code AND ic.s47_enquiry_id = x.id AND ic.conference_date <= $2
      WHERE x.la_code = $1 AND x.start_date <= $2 AND (x.start_date >= $3 OR x.end_date IS NULL OR x.end_date >= $3) ORDER BY x.start_date, x.id`,
    )
  ).map((r) => ({
    ...childColumns(r, at),
    s47Start: s(r.start_date),
    icpcNotRequired: yesNo(r.icpc_not_required),
    icpcDate: s(r.conference_date),
    icpcResultedInCpp: r.conference_date === null ? null : yesNo(r.plan_made),
    s47Last12Months: s(r.s47s),
    icpcsLast12Months: s(r.icpcs),
  }));
  onProgress?.(5, 11, 'list 5');

  annexA[6] = (
    await q<
      Pick<ReferralRow, 'referral_date' | 'primary_need' | 'closure_date' | 'closure_reason'> & {
        last_seen: string | null;
        lac: boolean;
        cpp: boolean;
        cinp: boolean;
        open_assessment: boolean;
      }
    >(`SELECT ${CHILD_SQL}, x.referral_date, x.primary_need, x.closure_date, x.closure_reason,
      (SELECT max(v.visit_date) FROM visit v WHERE v.la_code = x.la_code AND v.child_id = x.child_id AND v.seen AND v.visit_date <= $2) AS last_seen,
      EXISTS (SELECT 1 FROM care_period y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.start_date <= $2 AND (y.end_date IS NULL OR y.end_date > $2)) AS lac,
      EXISTS (SELECT 1 FROM cp_plan y WHERE y.la_code = x.la_code AND y.referral_id = x.id AND y.start_date <= $2 AND (y.end_date IS NULL OR y.end_date > $2)) AS cpp,
      EXISTS (SELECT 1 FROM cin_plan y WHERE y.la_code = x.la_code AND y.referral_id = x.id AND y.start_date <= $2 AND (y.end_date IS NULL OR y.end_date > $2)) AS cinp,
      EXISTS (SELECT 1 FROM assessment y WHERE y.la_code = x.la_code AND y.referral_id = x.id AND y.start_date <= $2 AND (y.authorised_date IS NULL OR y.authorised_date > $2)) AS open_assessment
      FROM referral x ${join} WHERE x.la_code = $1 AND NOT x.nfa AND x.referral_date <= $2 AND (x.closure_date IS NULL OR x.closure_date >= $3) ORDER BY x.referral_date, x.id`)
  ).map((r) => {
    const closed = r.closure_date !== null && r.closure_date <= at;
    const status = closed
      ? 'e) Closed'
      : r.lac
        ? 'a) Looked after'
        : r.cpp
          ? 'b) Child protection plan'
          : r.cinp
            ? 'c) Child in need plan'
            : r.open_assessment
              ? 'd) Open assessment'
              : 'c) Child in need plan';
    return {
      ...childColumns(r, at),
      cinStart: s(r.referral_date),
      primaryNeed: s(r.primary_need),
      lastSeen: s(r.last_seen),
      cinClosure: closed ? s(r.closure_date) : null,
      closureReason: closed ? s(r.closure_reason) : null,
      caseStatus: status,
    };
  });
  onProgress?.(6, 11, 'list 6');

  annexA[7] = (
    await q<
      Pick<CpPlanRow, 'start_date' | 'end_date' | 'initial_category' | 'latest_category' | 'previous_plans'> & {
        last_visit: string | null;
        seen_alone: boolean | null;
        latest_review: string | null;
      }
    >(`SELECT ${CHILD_SQL}, x.start_date, x.end_date, x.initial_category, x.latest_category, x.previous_plans,
      (SELECT v.visit_date FROM visit v WHERE v.la_code = x.la_code AND v.child_id = x.child_id AND v.visit_date BETWEEN x.start_date AND $2 ORDER BY v.visit_date DESC LIMIT 1) AS last_visit,
      (SELECT v.seen_alone FROM visit v WHERE v.la_code = x.la_code AND v.child_id = x.child_id AND v.visit_date BETWEEN x.start_date AND $2 ORDER BY v.visit_date DESC LIMIT 1) AS seen_alone,
      (SELECT max(y.review_date) FROM cp_review y WHERE y.la_code = x.la_code AND y.cp_plan_id = x.id AND y.review_date <= $2) AS latest_review
      FROM cp_plan x ${join} WHERE x.la_code = $1 AND x.start_date <= $2 AND (x.end_date IS NULL OR x.end_date >= $3) ORDER BY x.start_date, x.id`)
  ).map((r) => ({
    ...childColumns(r, at),
    cppStart: s(r.start_date),
    initialCategory: s(r.initial_category),
    latestCategory: s(r.latest_category),
    lastVisit: s(r.last_visit),
    seenAlone: yesNo(r.seen_alone),
    latestReview: s(r.latest_review),
    cppEnd: r.end_date !== null && r.end_date <= at ? s(r.end_date) : null,
    epoOrPoliceProtection: null,
    previousCpps: s(r.previous_plans),
  }));
  onProgress?.(7, 11, 'list 7');

  annexA[8] = await list8(db, p, at);
  onProgress?.(8, 11, 'list 8');

  annexA[9] = (
    await q<
      Pick<CareLeaverRow, 'eligibility' | 'pathway_plan_review_date'> & { adviser: string | null } & {
        [K in 'contact_date' | 'in_touch' | 'activity' | 'accommodation']: CareLeaverContactRow[K] | null;
      }
    >(`SELECT ${CHILD_SQL}, x.eligibility, x.pathway_plan_review_date, w.name AS adviser, k.contact_date, k.in_touch, k.activity, k.accommodation
      FROM care_leaver x ${join} LEFT JOIN worker w ON w.la_code = x.la_code AND w.id = x.personal_adviser_id
      LEFT JOIN LATERAL (SELECT * FROM care_leaver_contact k WHERE k.la_code = x.la_code AND k.child_id = x.child_id AND k.contact_date <= $2 ORDER BY k.contact_date DESC LIMIT 1) k ON true
      WHERE x.la_code = $1 AND x.eligible_from <= $2 AND (x.services_ended IS NULL OR x.services_ended > $2) ORDER BY x.child_id`)
  ).map((r) => {
    const accommodation = s(r.accommodation);
    return {
      ...childColumns(r, at),
      uasc: yesNo(r.uasc),
      personalAdvisor: s(r.adviser),
      eligibility: s(r.eligibility),
      pathwayPlanReview: s(r.pathway_plan_review_date),
      inTouch: s(r.in_touch),
      latestContact: s(r.contact_date),
      accommodationType: accommodation === null || accommodation === '0' ? accommodation : accommodation.slice(0, 1),
      accommodationSuitability:
        accommodation === null || accommodation === '0'
          ? null
          : accommodation.endsWith('1')
            ? 'Suitable'
            : 'Not suitable',
      activity: s(r.activity),
    };
  });
  onProgress?.(9, 11, 'list 9');

  annexA[10] = (
    await q<
      AdoptionRow & { entered_care: string }
    >(`SELECT ${CHILD_SQL}, x.*, cp.start_date AS entered_care FROM adoption x ${join}
      JOIN care_period cp ON cp.la_code = x.la_code AND cp.id = x.care_period_id
      WHERE x.la_code = $1 AND $3::date IS NOT NULL AND x.decision_date <= $2 AND ((x.order_date BETWEEN $4 AND $2) OR (x.reversal_date BETWEEN $4 AND $2)
        OR ((x.order_date IS NULL OR x.order_date > $2) AND (x.reversal_date IS NULL OR x.reversal_date > $2))) ORDER BY x.decision_date, x.id`)
  ).map((r) => ({
    ...childColumns(r, at),
    familyId: s(r.adopter_family_id) ?? s(r.family_id),
    enteredCare: s(r.entered_care),
    adoptionDecision: s(r.decision_date),
    placementOrder: s(r.placement_order_date),
    matched: s(r.match_date),
    placed: s(r.placed_date),
    adoptionOrder: s(r.order_date),
    decisionReversed: s(r.reversal_date),
    reversalReason: s(r.reversal_reason),
    ffaPlaced: s(r.ffa_placed_date),
  }));
  onProgress?.(10, 11, 'list 10');
  annexA[11] = await list11(db, laCode, at, from12);
  onProgress?.(11, 11, 'list 11');
  return annexA;
}

/** List 8: looked after at the date, or ceased in the six months before it. */
/** A period of care with its latest episode and placement at the date (LEFT JOIN: null when none) and the list's counts. */
type List8Row = ChildColumns &
  Pick<CarePeriodRow, 'start_date' | 'end_date'> & {
    [K in 'category_of_need' | 'legal_status' | 'reason_ceased']: ClaEpisodeRow[K] | null;
  } & { [K in 'placement_type' | 'provider' | 'postcode' | 'urn' | 'in_area']: PlacementRow[K] | null } & {
    placement_start: string | null;
    legal_start: string | null;
    subsequent: boolean;
    latest_review: string | null;
    last_visit: string | null;
    plan: string | null;
    health: string | null;
    dental: string | null;
    placements: Count;
    missing: Count;
    absent: Count;
    rhi: boolean | null;
  };

async function list8(db: Db, p: unknown[], at: string): Promise<AnnexA[8]> {
  const rows = await db.query<List8Row>(
    `SELECT ${CHILD_SQL}, x.start_date, x.end_date,
      e.category_of_need, e.legal_status, e.reason_ceased, pl.start_date AS placement_start, pl.placement_type, pl.provider, pl.postcode, pl.urn, pl.in_area,
      (SELECT min(y.start_date) FROM cla_episode y WHERE y.la_code = x.la_code AND y.care_period_id = x.id AND y.legal_status = e.legal_status
         AND NOT EXISTS (SELECT 1 FROM cla_episode z WHERE z.la_code = y.la_code AND z.care_period_id =
            y.care_period_id AND z.start_date > y.start_date AND z.start_date <= e.start_date AND z.legal_status <>
            e.legal_status)) AS legal_start,
      EXISTS (SELECT 1 FROM care_period y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.id <> x.id AND y.end_date BETWEEN $4 AND x.start_date) AS subsequent,
      (SELECT max(y.review_date) FROM cla_review y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.review_date <= $2) AS latest_review,
      (SELECT max(v.visit_date) FROM visit v WHERE v.la_code = x.la_code AND v.child_id = x.child_id AND v.kind = 'cla' AND v.visit_date <= $2) AS last_visit,
      (SELECT y.plan FROM permanence_plan y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.plan_date <= $2 ORDER BY y.plan_date DESC LIMIT 1) AS plan,
      (SELECT max(h.check_date) FROM health_check h WHERE h.la_code = x.la_code AND h.child_id = x.child_id AND h.kind = 'health_assessment' AND h.check_date <= $2) AS health,
      (SELECT max(h.check_date) FROM health_check h WHERE h.la_code = x.la_code AND h.child_id = x.child_id AND h.kind = 'dental' AND h.check_date <= $2) AS dental,
      (SELECT count(*) FROM placement y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.start_date BETWEEN $4 AND $2) AS placements,
      (SELECT count(*) FROM missing_episode y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.kind = 'M' AND y.start_date BETWEEN $4 AND $2) AS missing,
      (SELECT count(*) FROM missing_episode y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.kind = 'A' AND y.start_date BETWEEN $4 AND $2) AS absent,
      (SELECT bool_or(y.rhi_accepted) FROM missing_episode y WHERE y.la_code = x.la_code AND y.child_id = x.child_id AND y.rhi_offered_date BETWEEN $4 AND $2) AS rhi
    FROM care_period x JOIN child c ON c.la_code = x.la_code AND c.id = x.child_id
    LEFT JOIN LATERAL (SELECT * FROM cla_episode e WHERE e.la_code = x.la_code AND e.care_period_id = x.id AND e.start_date <= $2 ORDER BY e.start_date DESC LIMIT 1) e ON true
    LEFT JOIN placement pl ON pl.la_code = e.la_code AND pl.id = e.placement_id
    WHERE x.la_code = $1 AND x.start_date <= $2 AND (x.end_date IS NULL OR x.end_date >= $3) ORDER BY x.start_date, x.id`,
    p,
  );
  return rows.map((r) => {
    const ended = r.end_date !== null && r.end_date <= at;
    return {
      ...childColumns(r, at),
      uasc: yesNo(r.uasc),
      lookedAfterStart: s(r.start_date),
      categoryOfNeed: s(r.category_of_need),
      subsequentPeriod: yesNo(r.subsequent),
      legalStatusStart: s(r.legal_start),
      legalStatus: s(r.legal_status),
      latestReview: s(r.latest_review),
      lastVisit: s(r.last_visit),
      permanencePlan: s(r.plan),
      lastIroContact: null,
      lastHealthAssessment: s(r.health),
      lastDentalCheck: s(r.dental),
      placementsLast12Months: s(r.placements),
      lookedAfterEnd: ended ? s(r.end_date) : null,
      reasonCeased: ended ? s(r.reason_ceased) : null,
      placementStart: s(r.placement_start),
      placementType: s(r.placement_type),
      placementProvider: s(r.provider),
      placementPostcode: s(r.postcode),
      urn: s(r.urn),
      placementLocation: r.in_area === null ? null : r.in_area ? 'In' : 'Out',
      placementLa: null,
      missingLast12Months: s(r.missing),
      absentLast12Months: s(r.absent),
      returnInterview: r.rhi === null ? null : r.rhi ? 'Y' : 'N',
    };
  });
}
