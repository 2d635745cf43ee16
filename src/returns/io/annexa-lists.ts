/**
 * Ofsted's Annex A (ILACS list-based data): the eleven lists, their sheet names and columns as
 * RETURNS.md section 3 gives them (from the LIIA Annex A schema and Ofsted's cohort wording).
 * Headers are matched loosely (case, spacing and punctuation ignored) because councils' workbooks
 * vary; only the columns marked required stop a read when missing.
 */
type Kind = 'text' | 'date' | 'number';

interface ColumnDef {
  readonly header: string;
  readonly key: string;
  readonly kind: Kind;
  readonly required?: boolean;
}

function col(header: string, key: string, kind: Kind = 'text', required = false): ColumnDef {
  return { header, key, kind, required };
}

const CHILD = [
  col('Child Unique ID', 'childId', 'text', true),
  col('Gender', 'gender'),
  col('Ethnicity', 'ethnicity'),
  col('Date of Birth', 'dateOfBirth', 'date'),
  col('Age of Child (Years)', 'age', 'number'),
] as const;
const ALLOCATED = [col('Allocated Team', 'allocatedTeam'), col('Allocated Worker', 'allocatedWorker')] as const;
const DISABILITY = col('Does the Child have a Disability', 'disability');

export const ANNEX_A_LISTS = {
  1: {
    sheet: 'List 1',
    title: 'Contacts',
    columns: [...CHILD, col('Date of Contact', 'contactDate', 'date', true), col('Contact Source', 'contactSource')],
  },
  2: {
    sheet: 'List 2',
    title: 'Early help',
    columns: [
      ...CHILD,
      col('Assessment start date', 'assessmentStart', 'date', true),
      col('Assessment completion date', 'assessmentCompleted', 'date'),
      col('Organisation completing assessment', 'organisation'),
      ...ALLOCATED,
    ],
  },
  3: {
    sheet: 'List 3',
    title: 'Referrals',
    columns: [
      ...CHILD,
      col('Date of referral', 'referralDate', 'date', true),
      col('Referral Source', 'referralSource'),
      col('Referral NFA?', 'referralNfa'),
      col('Number of Referrals in Last 12 Months', 'referralsLast12Months', 'number'),
      ...ALLOCATED,
    ],
  },
  4: {
    sheet: 'List 4',
    title: 'Assessments',
    columns: [
      ...CHILD,
      DISABILITY,
      col('Continuous Assessment Start Date', 'assessmentStart', 'date', true),
      col('Child Seen During Continuous Assessment', 'childSeen', 'date'),
      col('Continuous Assessment Date of Authorisation', 'assessmentAuthorised', 'date'),
      col("Was the child assessed as requiring LA children's social care support?", 'requiresSupport'),
      ...ALLOCATED,
    ],
  },
  5: {
    sheet: 'List 5',
    title: 'Section 47 enquiries and ICPCs',
    columns: [
      ...CHILD,
      DISABILITY,
      col('Strategy discussion initiating Section 47 Enquiry Start Date', 's47Start', 'date', true),
      col('Was an ICPC deemed unnecessary?', 'icpcNotRequired'),
      col('Date of ICPC', 'icpcDate', 'date'),
      col('Did the ICPC result in a CPP', 'icpcResultedInCpp'),
      col('Number of S47 Enquiries in last 12 months', 's47Last12Months', 'number'),
      col('Number of ICPCs in last 12 months', 'icpcsLast12Months', 'number'),
      ...ALLOCATED,
    ],
  },
  6: {
    sheet: 'List 6',
    title: 'Children in need',
    columns: [
      ...CHILD,
      DISABILITY,
      col('CIN Start Date', 'cinStart', 'date', true),
      col('Primary Need Code', 'primaryNeed'),
      col('Date Child Was Last Seen', 'lastSeen', 'date'),
      col('CIN Closure Date', 'cinClosure', 'date'),
      col('Reason for Closure', 'closureReason'),
      col('Case Status', 'caseStatus'),
      ...ALLOCATED,
    ],
  },
  7: {
    sheet: 'List 7',
    title: 'Child protection',
    columns: [
      ...CHILD,
      DISABILITY,
      col('CPP Start Date', 'cppStart', 'date', true),
      col('Initial Category of Abuse', 'initialCategory'),
      col('Latest Category of Abuse', 'latestCategory'),
      col('Date of the Last Statutory Visit', 'lastVisit', 'date'),
      col('Was the Child Seen Alone?', 'seenAlone'),
      col('Date of latest review conference', 'latestReview', 'date'),
      col('CPP End Date', 'cppEnd', 'date'),
      col(
        'Subject to Emergency Protection Order or Police Protection in the last 6 months (Y/N)',
        'epoOrPoliceProtection',
      ),
      col('Number of Previous Child Protection Plans', 'previousCpps', 'number'),
      ...ALLOCATED,
    ],
  },
  8: {
    sheet: 'List 8',
    title: 'Children in care',
    columns: [
      ...CHILD,
      col('UASC in last 12 months', 'uasc'),
      DISABILITY,
      col('Date Started to be Looked After', 'lookedAfterStart', 'date', true),
      col("Child's Category of Need", 'categoryOfNeed'),
      col('Second or subsequent period LAC within last 12 months', 'subsequentPeriod'),
      col('Start date of current legal status', 'legalStatusStart', 'date'),
      col("Child's Legal Status", 'legalStatus'),
      col('Date of Latest Statutory Review', 'latestReview', 'date'),
      col('Date of Last Social Work Visit', 'lastVisit', 'date'),
      col('Permanence plan', 'permanencePlan'),
      col('Date of Last IRO Visit/Contact', 'lastIroContact', 'date'),
      col('Date of Last Health Assessment', 'lastHealthAssessment', 'date'),
      col('Date of Last Dental Check', 'lastDentalCheck', 'date'),
      col('Number of Placements in the Last 12 months', 'placementsLast12Months', 'number'),
      col('Date Ceased to be Looked After', 'lookedAfterEnd', 'date'),
      col('Reason Ceased', 'reasonCeased'),
      col('Start Date of Most Recent Placement', 'placementStart', 'date'),
      col('Placement Type', 'placementType'),
      col('Placement Provider', 'placementProvider'),
      col('Placement postcode', 'placementPostcode'),
      col('URN', 'urn'),
      col('Placement Location (In/Out)', 'placementLocation'),
      col('LA of Placement', 'placementLa'),
      col('Number of Missing episodes last 12 months', 'missingLast12Months', 'number'),
      col('Number of Absent episodes last 12 months', 'absentLast12Months', 'number'),
      col('Return interview offered / accepted (Y/N)', 'returnInterview'),
      ...ALLOCATED,
    ],
  },
  9: {
    sheet: 'List 9',
    title: 'Care leavers',
    columns: [
      ...CHILD,
      col('UASC or former UASC', 'uasc'),
      DISABILITY,
      col('Allocated Team', 'allocatedTeam'),
      col('Allocated Personal Advisor', 'personalAdvisor'),
      col('Eligibility Category', 'eligibility', 'text', true),
      col('Latest Pathway Plan Review Date', 'pathwayPlanReview', 'date'),
      col('LA in Touch', 'inTouch'),
      col('Latest Date of Contact', 'latestContact', 'date'),
      col('Type of Accommodation', 'accommodationType'),
      col('Suitability of Accommodation', 'accommodationSuitability'),
      col('Activity Status', 'activity'),
    ],
  },
  10: {
    sheet: 'List 10',
    title: 'Adoption',
    columns: [
      ...CHILD,
      col('Family identifier', 'familyId'),
      DISABILITY,
      col('Date the Child Entered Care', 'enteredCare', 'date', true),
      col('Date of Decision that Child Should be Placed for Adoption', 'adoptionDecision', 'date'),
      col('Date of Placement Order', 'placementOrder', 'date'),
      col('Date of Matching', 'matched', 'date'),
      col('Date Placed for Adoption', 'placed', 'date'),
      col('Date of Adoption Order', 'adoptionOrder', 'date'),
      col('Date of Decision that Child Should No Longer be Placed for Adoption', 'decisionReversed', 'date'),
      col('Reason No Longer Placed for Adoption', 'reversalReason'),
      col('Date Placed in Foster for Adoption or Concurrent Planning Placement', 'ffaPlaced', 'date'),
      ...ALLOCATED,
    ],
  },
  11: {
    sheet: 'List 11',
    title: 'Adopters',
    columns: [
      col('Individual adopter identifier', 'adopterId', 'text', true),
      col('Family identifier', 'familyId'),
      col('Gender', 'gender'),
      col('Ethnicity', 'ethnicity'),
      col('Disability', 'disability'),
      col('Is the adopter FFA?', 'ffa'),
      col('Date enquiry received', 'enquiryReceived', 'date'),
      col('Stage 1 Start Date', 'stage1Start', 'date'),
      col('Stage 1 End Date', 'stage1End', 'date'),
      col('Stage 2 Start Date', 'stage2Start', 'date'),
      col('Stage 2 End Date', 'stage2End', 'date'),
      col('Date application submitted', 'applicationSubmitted', 'date'),
      col('Date approved', 'approved', 'date'),
      col('Date matched', 'matched', 'date'),
      col('Date child placed', 'childPlaced', 'date'),
      col('No. of children placed', 'childrenPlaced', 'number'),
      col('Date of Adoption Order', 'adoptionOrder', 'date'),
      col('Date left process', 'leftProcess', 'date'),
      col('Reason for leaving process', 'reasonLeft'),
    ],
  },
} as const satisfies Record<number, { sheet: string; title: string; columns: readonly ColumnDef[] }>;

export type AnnexAListNumber = keyof typeof ANNEX_A_LISTS;
export const ANNEX_A_LIST_NUMBERS = Object.keys(ANNEX_A_LISTS).map(Number) as AnnexAListNumber[];

/** One row of list N: each column's key to its text (dates as ISO yyyy-mm-dd when the cell is a date). */
export type AnnexARowOf<N extends AnnexAListNumber> = {
  [K in (typeof ANNEX_A_LISTS)[N]['columns'][number]['key']]: string | null;
};

export type AnnexA = { [N in AnnexAListNumber]?: AnnexARowOf<N>[] };

export type AnnexAColumn = ColumnDef;

export function columnsOf(list: AnnexAListNumber): readonly AnnexAColumn[] {
  return ANNEX_A_LISTS[list].columns;
}

/** The header of list N's column `key`, for messages that name the column as the workbook does. */
export function headerOf(list: AnnexAListNumber, key: string): string {
  return columnsOf(list).find((column) => column.key === key)?.header ?? key;
}

/** Header text compared without case, spacing or punctuation: "Date of referral" = "DATE OF REFERRAL:". */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
