/**
 * The CIN census flattened into tables (RETURNS.md 2.1), with the columns each table holds. Element
 * names are the census's own. The XML has no keys below LAchildID, so, as the DfE validator's ingress
 * does, rows carry counters numbered from 1 within their parent: CINdetailsID within the child,
 * AssessmentID and CPPID within the CINdetails.
 */
import type { TableCin } from '../cin-census/dataset.ts';

export const COLUMNS_CIN: Record<TableCin, readonly string[]> = {
  Header: [
    'Collection',
    'Year',
    'ReferenceDate',
    'SourceLevel',
    'LEA',
    'SoftwareCode',
    'Release',
    'SerialNo',
    'DateTime',
  ],
  // GenderCurrent until 2023-24, Sex from 2024-25; a file holds one of them and the other stays null.
  ChildIdentifiers: [
    'LAchildID',
    'UPN',
    'FormerUPN',
    'UPNunknown',
    'PersonBirthDate',
    'ExpectedPersonBirthDate',
    'GenderCurrent',
    'Sex',
    'PersonDeathDate',
  ],
  ChildCharacteristics: ['LAchildID', 'Ethnicity'],
  Disabilities: ['LAchildID', 'Disability'],
  CINdetails: [
    'LAchildID',
    'CINdetailsID',
    'CINreferralDate',
    'ReferralSource',
    'PrimaryNeedCode',
    'CINclosureDate',
    'ReasonForClosure',
    'DateOfInitialCPC',
    'ReferralNFA',
  ],
  // AssessmentFactors repeats the assessment's factors comma-separated, for rules that only ask
  // whether any were given; AssessmentFactorsList holds one row per factor.
  Assessments: [
    'LAchildID',
    'CINdetailsID',
    'AssessmentID',
    'AssessmentActualStartDate',
    'AssessmentInternalReviewDate',
    'AssessmentAuthorisationDate',
    'AssessmentFactors',
  ],
  AssessmentFactorsList: ['LAchildID', 'CINdetailsID', 'AssessmentID', 'AssessmentFactor'],
  CINplanDates: ['LAchildID', 'CINdetailsID', 'CINPlanStartDate', 'CINPlanEndDate'],
  Section47: [
    'LAchildID',
    'CINdetailsID',
    'S47ActualStartDate',
    'InitialCPCtarget',
    'DateOfInitialCPC',
    'ICPCnotRequired',
  ],
  ChildProtectionPlans: [
    'LAchildID',
    'CINdetailsID',
    'CPPID',
    'CPPstartDate',
    'CPPendDate',
    'InitialCategoryOfAbuse',
    'LatestCategoryOfAbuse',
    'NumberOfPreviousCPP',
  ],
  Reviews: ['LAchildID', 'CINdetailsID', 'CPPID', 'CPPreviewDate'],
};

/** The element each table's rows come from (Header's items sit in CollectionDetails and Source). */
export const ELEMENT_OF_TABLE: Record<TableCin, string> = {
  Header: 'Header',
  ChildIdentifiers: 'ChildIdentifiers',
  ChildCharacteristics: 'ChildCharacteristics',
  Disabilities: 'Disability',
  CINdetails: 'CINdetails',
  Assessments: 'Assessments',
  AssessmentFactorsList: 'AssessmentFactors',
  CINplanDates: 'CINPlanDates',
  Section47: 'Section47',
  ChildProtectionPlans: 'ChildProtectionPlans',
  Reviews: 'CPPreviewDate',
};

/** Sex replaced GenderCurrent in the 2024-25 census (reference date 31 March 2025). */
export function sexElementFor(year: number): 'Sex' | 'GenderCurrent' {
  return year >= 2025 ? 'Sex' : 'GenderCurrent';
}
