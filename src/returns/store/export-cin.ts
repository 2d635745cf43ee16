/**
 * Builds the CIN census for a year from the record store, by SQL, as DatasetCin tables numbered the
 * way the reader numbers them (CINdetailsID per child, AssessmentID and CPPID per CINdetails), so
 * writeCinXml nests them back. Cohort (DfE CIN census guidance; EES methodology): every child with
 * an episode of need open at any point from 1 April to 31 March, including those open at 1 April.
 * Within an episode, the assessments, plans, section 47 enquiries and child protection plans that
 * were open at some time in the year; anything dated after 31 March is left out, and an end after 31
 * March is blank (open at the reference date). The initial conference is recorded on the Section47
 * module only (rule 2884: not on both levels).
 */
import type { Db } from '../../store/db.ts';
import type {
  AssessmentRow,
  ChildRow,
  CinPlanRow,
  CpPlanRow,
  CpReviewRow,
  InitialConferenceRow,
  ReferralRow,
  S47EnquiryRow,
} from '../../store/rows.ts';
import type { DatasetCin, Row, TablesCin } from '../cin-census/dataset.ts';
import { TABLES_CIN } from '../cin-census/dataset.ts';
import { sexElementFor } from '../io/columns-cin.ts';
import { sexCin } from './codes.ts';
import type { OnProgress } from './progress.ts';

type Referral = Pick<
  ReferralRow,
  'id' | 'child_id' | 'referral_date' | 'source' | 'primary_need' | 'nfa' | 'closure_date' | 'closure_reason'
>;
/** Array columns are selected as text[] (a domain's array type reads as text otherwise: rows.ts). */
type Child = Pick<
  ChildRow,
  | 'id'
  | 'upn'
  | 'former_upn'
  | 'upn_unknown'
  | 'date_of_birth'
  | 'expected_date_of_birth'
  | 'sex'
  | 'ethnicity'
  | 'death_date'
> & { disabilities: string[] };
type Assessment = Pick<AssessmentRow, 'id' | 'referral_id' | 'start_date' | 'authorised_date'> & { factors: string[] };
type CpPlan = Pick<
  CpPlanRow,
  'id' | 'referral_id' | 'start_date' | 'end_date' | 'initial_category' | 'latest_category' | 'previous_plans'
>;

/** An end date as at the reference date: null when after it. */
function endAt(date: string | null, reference: string): string | null {
  return date !== null && date <= reference ? date : null;
}

export async function exportCin(db: Db, laCode: string, year: number, onProgress?: OnProgress): Promise<DatasetCin> {
  const start = `${year - 1}-04-01`;
  const reference = `${year}-03-31`;
  const p = [laCode, start, reference];
  const steps = 4;
  const referrals = await db.query<Referral>(
    `SELECT id, child_id, referral_date, source, primary_need, nfa, closure_date, closure_reason FROM referral
      WHERE la_code = $1 AND referral_date <= $3 AND (closure_date IS NULL OR closure_date >= $2) ORDER BY child_id, referral_date, id`,
    p,
  );
  onProgress?.(1, steps, 'CINdetails');
  const ids = [...new Set(referrals.map((r) => r.child_id))];
  const children = await db.query<Child>(
    `SELECT id, upn, former_upn, upn_unknown, date_of_birth, expected_date_of_birth, sex, ethnicity, disabilities::text[] AS disabilities, death_date
       FROM child WHERE la_code = $1 AND id = ANY($2::text[]) ORDER BY id`,
    [laCode, ids],
  );
  onProgress?.(2, steps, 'ChildIdentifiers');
  const within = `la_code = $1 AND referral_id = ANY($2::text[])`;
  const referralIds = referrals.map((r) => r.id);
  const [assessments, plans, enquiries, conferences, cpPlans, reviews] = await Promise.all([
    db.query<Assessment>(
      `SELECT id, referral_id, start_date, authorised_date, factors::text[] AS factors FROM assessment WHERE
         ${within} AND start_date <= $4 AND (authorised_date IS NULL OR authorised_date >= $3) ORDER BY start_date,
         id`,
      [laCode, referralIds, start, reference],
    ),
    db.query<Pick<CinPlanRow, 'referral_id' | 'start_date' | 'end_date'>>(
      `SELECT referral_id, start_date, end_date FROM cin_plan WHERE ${within} AND start_date <= $4 AND (end_date IS NULL OR end_date >= $3) ORDER BY start_date, id`,
      [laCode, referralIds, start, reference],
    ),
    db.query<Pick<S47EnquiryRow, 'id' | 'referral_id' | 'start_date' | 'icpc_target_date' | 'icpc_not_required'>>(
      `SELECT id, referral_id, start_date, icpc_target_date, icpc_not_required FROM s47_enquiry WHERE ${within} AND
         start_date <= $4 AND (end_date IS NULL OR end_date >= $3 OR start_date >= $3) ORDER BY start_date, id`,
      [laCode, referralIds, start, reference],
    ),
    db.query<Pick<InitialConferenceRow, 's47_enquiry_id' | 'conference_date'>>(
      'SELECT s47_enquiry_id, conference_date FROM initial_conference WHERE la_code = $1 AND conference_date <= $2',
      [laCode, reference],
    ),
    db.query<CpPlan>(
      `SELECT id, referral_id, start_date, end_date, initial_category, latest_category, previous_plans FROM cp_plan
         WHERE ${within} AND start_date <= $4 AND (end_date IS NULL OR end_date >= $3) ORDER BY start_date, id`,
      [laCode, referralIds, start, reference],
    ),
    db.query<Pick<CpReviewRow, 'cp_plan_id' | 'review_date'>>(
      'SELECT cp_plan_id, review_date FROM cp_review WHERE la_code = $1 AND review_date <= $2 ORDER BY review_date, id',
      [laCode, reference],
    ),
  ]);
  onProgress?.(3, steps, 'modules');
  // Queries run one at a time on a single connection anyway; Promise.all only saves awaits.
  const tables: TablesCin = Object.fromEntries(TABLES_CIN.map((t) => [t, [] as Row[]]));
  const sexItem = sexElementFor(year);
  for (const c of children) {
    tables.ChildIdentifiers!.push({
      LAchildID: c.id,
      UPN: c.upn,
      FormerUPN: c.former_upn,
      UPNunknown: c.upn_unknown,
      // A child born after the reference date was unborn at it: the census gives the expected date and
      // sex not known (rules 8520, 4180).
      ...(unbornAt(c, reference)
        ? {
            PersonBirthDate: null,
            ExpectedPersonBirthDate: c.expected_date_of_birth ?? c.date_of_birth,
            GenderCurrent: sexItem === 'GenderCurrent' ? '0' : null,
            Sex: sexItem === 'Sex' ? 'U' : null,
          }
        : {
            PersonBirthDate: c.date_of_birth,
            ExpectedPersonBirthDate: c.date_of_birth === null ? c.expected_date_of_birth : null,
            GenderCurrent: sexItem === 'GenderCurrent' ? sexCin(c.sex, year) : null,
            Sex: sexItem === 'Sex' ? sexCin(c.sex, year) : null,
          }),
      PersonDeathDate: endAt(c.death_date, reference),
    });
    tables.ChildCharacteristics!.push({ LAchildID: c.id, Ethnicity: c.ethnicity });
    // The census needs a disability code for every child (rule 8540): none recorded is returned as NONE.
    for (const d of c.disabilities.length > 0 ? c.disabilities : ['NONE'])
      tables.Disabilities!.push({ LAchildID: c.id, Disability: d });
  }
  const byReferral = <T extends { referral_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.referral_id, [...(map.get(row.referral_id) ?? []), row]);
    return map;
  };
  const assessmentsOf = byReferral(assessments);
  const plansOf = byReferral(plans);
  const enquiriesOf = byReferral(enquiries);
  const cpPlansOf = byReferral(cpPlans);
  const conferenceOf = new Map(conferences.map((c) => [c.s47_enquiry_id, c.conference_date]));
  const reviewsOf = new Map<string, string[]>();
  for (const r of reviews) reviewsOf.set(r.cp_plan_id, [...(reviewsOf.get(r.cp_plan_id) ?? []), r.review_date]);
  const counter = new Map<string, number>();
  for (const r of referrals) {
    const child = r.child_id;
    const cinId = String((counter.get(child) ?? 0) + 1);
    counter.set(child, Number(cinId));
    const closed = endAt(r.closure_date, reference);
    tables.CINdetails!.push({
      LAchildID: child,
      CINdetailsID: cinId,
      CINreferralDate: r.referral_date,
      ReferralSource: r.source,
      PrimaryNeedCode: r.primary_need,
      CINclosureDate: closed,
      ReasonForClosure: closed === null ? null : r.closure_reason,
      DateOfInitialCPC: null,
      ReferralNFA: r.nfa ? 'true' : 'false',
    });
    (assessmentsOf.get(r.id) ?? []).forEach((a, index) => {
      const assessmentId = String(index + 1);
      // A set: listed in code order, as an import stores it.
      const factors = [...a.factors].sort();
      tables.Assessments!.push({
        LAchildID: child,
        CINdetailsID: cinId,
        AssessmentID: assessmentId,
        AssessmentActualStartDate: a.start_date,
        AssessmentInternalReviewDate: null,
        AssessmentAuthorisationDate: endAt(a.authorised_date, reference),
        AssessmentFactors: factors.length > 0 ? factors.join(',') : null,
      });
      // Factors are recorded when the assessment is completed (authorised).
      if (endAt(a.authorised_date, reference) === null) tables.Assessments!.at(-1)!['AssessmentFactors'] = null;
      else
        for (const f of factors)
          tables.AssessmentFactorsList!.push({
            LAchildID: child,
            CINdetailsID: cinId,
            AssessmentID: assessmentId,
            AssessmentFactor: f,
          });
    });
    for (const plan of plansOf.get(r.id) ?? []) {
      tables.CINplanDates!.push({
        LAchildID: child,
        CINdetailsID: cinId,
        CINPlanStartDate: plan.start_date,
        CINPlanEndDate: endAt(plan.end_date, reference),
      });
    }
    for (const e of enquiriesOf.get(r.id) ?? []) {
      tables.Section47!.push({
        LAchildID: child,
        CINdetailsID: cinId,
        S47ActualStartDate: e.start_date,
        InitialCPCtarget: e.icpc_target_date,
        DateOfInitialCPC: conferenceOf.get(e.id) ?? null,
        ICPCnotRequired: e.icpc_not_required ? 'true' : 'false',
      });
    }
    (cpPlansOf.get(r.id) ?? []).forEach((plan, index) => {
      const cppId = String(index + 1);
      tables.ChildProtectionPlans!.push({
        LAchildID: child,
        CINdetailsID: cinId,
        CPPID: cppId,
        CPPstartDate: plan.start_date,
        CPPendDate: endAt(plan.end_date, reference),
        InitialCategoryOfAbuse: plan.initial_category,
        LatestCategoryOfAbuse: plan.latest_category,
        NumberOfPreviousCPP: String(plan.previous_plans),
      });
      for (const date of reviewsOf.get(plan.id) ?? []) {
        tables.Reviews!.push({ LAchildID: child, CINdetailsID: cinId, CPPID: cppId, CPPreviewDate: date });
      }
    });
  }
  tables.Header = [
    {
      Collection: 'CIN',
      Year: String(year),
      ReferenceDate: reference,
      SourceLevel: 'L',
      LEA: laCode,
      SoftwareCode: 'Kestrel',
      Release: '0.1.0',
      SerialNo: '001',
      DateTime: new Date().toISOString().slice(0, 19),
    },
  ];
  onProgress?.(steps, steps, 'CIN census');
  return { tables, meta: { year, referenceDate: reference, collectionStart: start } };
}

function unbornAt(child: Pick<ChildRow, 'date_of_birth'>, reference: string): boolean {
  const born = child.date_of_birth;
  return born === null || born > reference;
}
