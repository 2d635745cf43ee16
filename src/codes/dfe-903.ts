/**
 * SSDA903 code lists. Source: the 903 specification as the open tools encode it
 * (shared/domain/RETURNS.md 1.4). Years are collection years (2025 = 2024-25).
 */
import { codes, type CodeList } from './code-list.ts';

export const reasonNewEpisode: CodeList = {
  id: 'rne',
  title: 'Reason for new episode',
  source: 'SSDA903 RNE',
  codes: codes(`
    S Started to be looked after
    L Change of legal status only
    P Change of placement and carer(s) only
    T Change of placement (but same carer(s)) only
    B Change of legal status and placement and carer(s) at the same time
    U Change of legal status and change of placement (but same carer(s)) at the same time
  `),
};

export const legalStatus: CodeList = {
  id: 'legal_status',
  title: 'Legal status',
  source: 'SSDA903 LS',
  codes: codes(`
    C1 Interim care order
    C2 Full care order
    D1 Freeing order granted
    E1 Placement order granted
    V2 Single period of accommodation under section 20
    V3 Accommodated under an agreed series of short-term breaks, individual episodes recorded
    V4 Accommodated under an agreed series of short-term breaks, agreements recorded
    L1 Under police protection and in local authority accommodation
    L2 Emergency protection order
    L3 Child assessment order and in local authority accommodation
    J1 Remanded to local authority accommodation or to youth detention accommodation
    J2 Placed in local authority accommodation under PACE 1984
    J3 Sentenced to a youth rehabilitation order with residence or intensive fostering requirement
  `),
};

export const placementType: CodeList = {
  id: 'placement_type',
  title: 'Placement type',
  source: 'SSDA903 PLACE',
  codes: codes(`
    A3 Placed for adoption with consent with current foster carer(s)
    A4 Placed for adoption with consent not with current foster carer(s)
    A5 Placed for adoption with placement order with current foster carer(s)
    A6 Placed for adoption with placement order not with current foster carer(s)
    H5 Semi-independent living accommodation not subject to children's homes regulations [-2024]
    K1 Secure children's home
    K2 Children's home subject to children's homes regulations
    K3 Registered supported accommodation [2025-]
    P1 Placed with own parent(s) or other person(s) with parental responsibility
    P2 Independent living [-2024]
    P3 Residential employment
    R1 Residential care home
    R2 NHS or health trust or other establishment providing medical or nursing care
    R3 Family centre or mother and baby unit
    R5 Young offender institution or prison
    S1 All residential schools, except where dual-registered as a school and children's home
    T0 Temporary placement, all types
    T1 Temporary periods in hospital
    T2 Temporary absences of the child on holiday
    T3 Temporary accommodation whilst normal foster carer(s) is/are on holiday
    T4 Temporary accommodation of seven days or less, for any reason not covered by codes T1 to T3
    U1 Foster placement with relative or friend, long-term fostering
    U2 Foster placement with relative or friend who is also an approved adopter, FFA or concurrent planning
    U3 Foster placement with relative or friend, not long-term or FFA
    U4 Foster placement with other foster carer, long-term fostering
    U5 Foster placement with other foster carer who is also an approved adopter, FFA or concurrent planning
    U6 Foster placement with other foster carer, not long-term or FFA
    Z1 Other placements [-2025]
    Z11 Other placement (code 11) [2026-]
    Z12 Other placement (code 12) [2026-]
    Z13 Other placement (code 13) [2026-]
    Z14 Other placement (code 14) [2026-]
  `),
};

export const placementProvider: CodeList = {
  id: 'placement_provider',
  title: 'Placement provider',
  source: 'SSDA903 PLACE_PROVIDER',
  codes: codes(`
    PR0 Parent(s) or other person(s) with parental responsibility
    PR1 Own provision (by the local authority), including a regional adoption agency the LA hosts
    PR2 Other local authority provision
    PR3 Other public provision (for example a primary care trust)
    PR4 Private provision
    PR5 Voluntary or third sector provision
  `),
};

export const reasonEpisodeCeased: CodeList = {
  id: 'rec',
  title: 'Reason episode ceased',
  source: 'SSDA903 REC',
  codes: codes(`
    X1 Episode ceases, and new episode begins on same day
    E11 Adopted: application for an adoption order unopposed
    E12 Adopted: consent dispensed with by the court
    E13 Left care to live with parent(s), relative(s), or other person(s) with no parental responsibility
    E14 Accommodation on remand ended
    E15 Age assessment determined child is aged 18 or over
    E16 Child moved abroad
    E17 Aged 18 (or over) and remained with current carers (staying put)
    E2 Died
    E3 Care taken over by another local authority in the UK
    E41 Residence order or child arrangements order granted
    E45 Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)
    E46 Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)
    E47 Special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s)
    E48 Special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s)
    E4A Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process
    E4B Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility which was not part of the current care planning process
    E5 Moved into independent living arrangement and no longer looked-after: supportive accommodation providing formalised advice/support
    E6 Moved into independent living arrangement and no longer looked-after: accommodation providing no formalised advice/support
    E7 Transferred to residential care funded by adult social care services
    E8 Period of being looked-after ceased for any other reason
    E9 Sentenced to custody
  `),
};

export const reasonPlaceChange: CodeList = {
  id: 'reason_place_change',
  title: 'Reason for placement change',
  source: 'SSDA903 REASON_PLACE_CHANGE',
  codes: codes(`
    CARPL Change to, or implementation of, the care plan
    CLOSE Closure or de-registration of the placement
    ALLEG Allegation (section 47) against the carer
    STAND Standards of care concern
    APPRR Approval of the carer removed
    CREQB Carer request, due to the child's behaviour
    CREQO Carer request, other reasons
    CHILD Child's wishes
    LAREQ Responsible or area authority request
    PLACE Change in the status of the placement only
    CUSTOD Custody arrangement
    OTHER Other
  `),
};

export const reviewParticipation: CodeList = {
  id: 'review_participation',
  title: 'Participation in review',
  source: 'SSDA903 REVIEW_CODE',
  codes: codes(`
    PN0 Child aged under 4 at the time of the review
    PN1 Child physically attends and speaks for themselves
    PN2 Child physically attends, an advocate speaks on their behalf
    PN3 Child attends and conveys their views symbolically
    PN4 Child physically attends but does not speak or convey their views
    PN5 Child does not attend but briefs an advocate to speak for them
    PN6 Child does not attend but conveys their feelings by another medium
    PN7 Child does not attend, nor are their views conveyed to the review
  `),
};

export const missingType: CodeList = {
  id: 'missing_type',
  title: 'Missing or away',
  source: 'SSDA903 MISSING',
  codes: codes(`
    M Missing: whereabouts unknown
    A Away from placement without authorisation, whereabouts known
  `),
};

export const sdqReason: CodeList = {
  id: 'sdq_reason',
  title: 'Reason SDQ not completed',
  source: 'SSDA903 SDQ_REASON',
  codes: codes(`
    SDQ1 No form returned as child was aged under 4 or over 17 at date of latest assessment
    SDQ2 Carer refused to complete and return questionnaire
    SDQ3 Not possible to complete the questionnaire due to severity of the child's disability
    SDQ4 Other
    SDQ5 Child or young person refuses to allow an SDQ to be completed
  `),
};

export const previousPermanence: CodeList = {
  id: 'previous_permanence',
  title: 'Previous permanence option',
  source: 'SSDA903 PREV_PERM',
  codes: codes(`
    P1 Adoption
    P2 Special guardianship order
    P3 Residence order or child arrangements order
    P4 Unknown
    Z1 Not applicable: no previous permanence order
  `),
};

export const inTouch: CodeList = {
  id: 'in_touch',
  title: 'Care leaver: local authority in touch',
  source: 'SSDA903 IN_TOUCH',
  codes: codes(`
    YES In touch
    NO Not in touch
    DIED Died
    REFU Refuses contact
    NREQ No longer requires services
    RHOM Returned home
  `),
};

export const activity: CodeList = {
  id: 'activity',
  title: 'Care leaver: main activity',
  source: 'SSDA903 ACTIV',
  codes: codes(`
    F1 Full time in higher education
    P1 Part time in higher education
    F2 Full time in education other than higher education
    P2 Part time in education other than higher education
    F3 Full time in training or employment [-2018]
    P3 Part time in training or employment [-2018]
    F4 Full time in an apprenticeship
    P4 Part time in an apprenticeship
    F5 Full time in training or employment, excluding apprenticeships
    P5 Part time in training or employment, excluding apprenticeships
    G4 Not in education, training or employment owing to illness or disability
    G5 Not in education, training or employment, other reasons
    G6 Not in education, training or employment owing to pregnancy or parenting
    0 No information
  `),
};

export const accommodation: CodeList = {
  id: 'accommodation',
  title: 'Care leaver: accommodation (letter = type, 1 suitable, 2 not suitable)',
  source: 'SSDA903 ACCOM',
  codes: codes(
    [
      ['B', 'With parents or relatives'],
      ['C', 'Community home or other residential care'],
      ['D', 'Semi-independent, transitional accommodation'],
      ['E', 'Supported lodgings'],
      ['G', 'Gone abroad'],
      ['H', 'Deported'],
      ['K', 'Ordinary lodgings, without formal support'],
      ['R', 'Residence not known'],
      ['S', 'No fixed abode or homeless'],
      ['T', 'Foyers and similar supported accommodation'],
      ['U', 'Independent living'],
      ['V', 'Emergency accommodation'],
      ['W', 'Bed and breakfast'],
      ['X', 'In custody'],
      ['Y', 'Other accommodation'],
      ['Z', 'With former foster carers'],
    ]
      .flatMap(([letter, label]) => [`${letter}1 ${label}: suitable`, `${letter}2 ${label}: not suitable`])
      .concat(['0 No information'])
      .join('\n'),
  ),
};

export const reasonPlacedCeased: CodeList = {
  id: 'reason_placed_ceased',
  title: 'Reason no longer placed for adoption',
  source: 'SSDA903 REASON_PLACED_CEASED',
  codes: codes(`
    RD1 The child's needs changed
    RD2 The court did not make a placement order
    RD3 Prospective adopters could not be found
    RD4 Any other reason
  `),
};

export const socialWorkerChangeReason: CodeList = {
  id: 'sw_reason',
  title: 'Reason social worker changed',
  source: 'SSDA903 SW_REASON (2023-24 on)',
  codes: codes(`
    MANAGE Case management decision
    FCONTA Family contact
    LEFTRL Social worker left the role
    ORGRST Organisational restructure
    TSPROC Transfer between teams as part of process
    ABSENC Social worker absence
    CHCHAN Child's circumstances changed
    PCCHAN Placement or carer change
    SWDIED Social worker died
    OTHERS Other
  `),
};

export const adopterLegalStatus: CodeList = {
  id: 'adopter_legal_status',
  title: 'Legal status of adopters',
  source: 'SSDA903 LS_ADOPTR',
  codes: codes(`
    L0 Single adopter
    L11 Different-sex married couple
    L12 Same-sex married couple
    L2 Civil partners
    L3 Different-sex unmarried couple
    L4 Same-sex unmarried couple
  `),
};

export const adopterSex: CodeList = {
  id: 'adopter_sex',
  title: 'Sex of adopters',
  source: 'SSDA903 SEX_ADOPTR',
  codes: codes(`
    M1 Single male
    F1 Single female
    MM Two males
    FF Two females
    MF Male and female
  `),
};
