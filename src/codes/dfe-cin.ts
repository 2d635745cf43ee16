/**
 * CIN census code lists. Source: CIN census XSD annotations 2022-2026 (shared/domain/RETURNS.md 2.2).
 */
import { codes, type CodeList } from './code-list.ts';

export const referralSource: CodeList = {
  id: 'referral_source',
  title: 'Source of referral',
  source: 'CIN census ReferralSource',
  codes: codes(`
    1A Individual: family member, relative or carer
    1B Individual: acquaintance
    1C Individual: self
    1D Individual: other
    2A Schools
    2B Education services
    3A Health: GP
    3B Health: health visitor
    3C Health: school nurse
    3D Health: other primary health services
    3E Health: A&E
    3F Health: other
    4 Housing
    5A LA services: social care
    5B LA services: other internal
    5C LA services: external
    5D LA services: early help [2024-]
    6 Police
    7 Other legal agency
    8 Other
    9 Anonymous
    10 Unknown
  `),
};

export const primaryNeed: CodeList = {
  id: 'primary_need',
  title: 'Category of need',
  source: 'CIN census PrimaryNeedCode; 903 CIN uses N1-N8 only',
  codes: codes(`
    N1 Abuse or neglect
    N2 Child's disability
    N3 Parental illness or disability
    N4 Family in acute stress
    N5 Family dysfunction
    N6 Socially unacceptable behaviour
    N7 Low income
    N8 Absent parenting
    N9 Cases other than children in need
    N0 Not stated
  `),
};

export const closureReason: CodeList = {
  id: 'closure_reason',
  title: 'Reason for closure',
  source: 'CIN census ReasonForClosure',
  codes: codes(`
    RC1 Adopted
    RC2 Died
    RC3 Child arrangements order
    RC4 Special guardianship order
    RC5 Transferred to services of another local authority
    RC6 Transferred to adult social services
    RC7 Services ceased for any other reason, including child no longer in need
    RC8 Case closed after assessment, no further action
    RC9 Case closed after assessment, referred to early help [2024-]
  `),
};

export const abuseCategory: CodeList = {
  id: 'abuse_category',
  title: 'Category of abuse',
  source: 'CIN census InitialCategoryOfAbuse / LatestCategoryOfAbuse',
  codes: codes(`
    NEG Neglect
    PHY Physical abuse
    SAB Sexual abuse
    EMO Emotional abuse
    MUL Multiple
  `),
};

export const assessmentFactor: CodeList = {
  id: 'assessment_factor',
  title: 'Factors identified at the end of assessment',
  source: 'CIN census AssessmentFactors',
  codes: codes(`
    1A Alcohol misuse: child
    1B Alcohol misuse: parent
    1C Alcohol misuse: other person
    2A Drug misuse: child
    2B Drug misuse: parent
    2C Drug misuse: other person
    3A Domestic abuse: child
    3B Domestic abuse: parent
    3C Domestic abuse: other person
    4A Mental health: child
    4B Mental health: parent
    4C Mental health: other person
    5A Learning disability: child
    5B Learning disability: parent
    5C Learning disability: other person
    6A Physical disability or illness: child
    6B Physical disability or illness: parent
    6C Physical disability or illness: other person
    7A Young carer
    8B Privately fostered: overseas, intending to return
    8C Privately fostered: overseas, intending to stay
    8D Privately fostered: UK, education
    8E Privately fostered: UK, other
    8F Privately fostered: other
    9A Unaccompanied asylum-seeking child
    10A Going missing
    11A Child sexual exploitation
    12A Trafficking
    13A Gangs
    14A Socially unacceptable behaviour
    15A Self-harm
    16A Neglect
    17A Emotional abuse
    18A Physical abuse [-2021]
    18B Physical abuse: child on child
    18C Physical abuse: adult on child
    19A Sexual abuse [-2021]
    19B Sexual abuse: child on child
    19C Sexual abuse: adult on child
    20 Other
    21 No factors identified
    22A Female genital mutilation
    23A Abuse linked to faith or belief
    24A Child criminal exploitation
  `),
};
