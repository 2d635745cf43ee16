/**
 * DfE code lists about the child, shared by the CIN census and the SSDA903.
 * Source: CIN census XSDs 2022-2026 and the 903 specification (see shared/domain/RETURNS.md 1.4, 2.2).
 */
import { codes, type CodeList } from './code-list.ts';

export const sex: CodeList = {
  id: 'sex',
  title: 'Sex',
  source: 'CIN census Sex (2024-25 on); earlier GenderCurrent 1/2/0/9 and 903 SEX 1/2 are mapped on import',
  codes: codes(`
    M Male
    F Female
    U Unknown, not recorded, or unborn
  `),
};

export const ethnicity: CodeList = {
  id: 'ethnicity',
  title: 'Ethnicity',
  source: 'DfE ethnicity codes (CIN census and SSDA903)',
  codes: codes(`
    WBRI White British
    WIRI White Irish
    WOTH Any other White background
    WIRT Traveller of Irish heritage
    WROM Gypsy/Roma
    MWBC White and Black Caribbean
    MWBA White and Black African
    MWAS White and Asian
    MOTH Any other mixed background
    AIND Indian
    APKN Pakistani
    ABAN Bangladeshi
    AOTH Any other Asian background
    BCRB Caribbean
    BAFR African
    BOTH Any other Black background
    CHNE Chinese
    OOTH Any other ethnic group
    REFU Refused
    NOBT Information not yet obtained
  `),
};

export const disability: CodeList = {
  id: 'disability',
  title: 'Disability',
  source: 'CIN census Disability',
  codes: codes(`
    NONE No disability
    MOB Mobility
    HAND Hand function
    PC Personal care
    INC Incontinence
    COMM Communication
    LD Learning
    HEAR Hearing
    VIS Vision
    BEH Behaviour
    CON Consciousness
    AUT Autism or Asperger syndrome
    DDA Other DDA
  `),
};

export const upnUnknown: CodeList = {
  id: 'upn_unknown',
  title: 'Reason UPN unknown',
  source: 'CIN census UPNunknown',
  codes: codes(`
    UN1 Child is aged under 6 years old and is not yet enrolled in school
    UN2 Child has never attended a state-funded school in England
    UN3 Child is educated outside of England
    UN4 Child is newly arrived in the UK and not yet enrolled
    UN5 Sources collating UPNs reflect discrepancy or UPN not available
    UN6 Child is aged 6 and over and not currently in school
    UN7 Referral with no further action
  `),
};
