/**
 * SSDA903 code lists used by the rules, versioned by collection year (year of 31 March) where DfE
 * changed them. Sources: DfE SSDA903 guidance code sets as summarised in /work/shared/domain/RETURNS.md
 * section 1.4, and the open validator's rule modules for the lists each rule checks.
 */

/** SEX: 1 male / 2 female until 2023-24; M / F / U (unknown) from 2024-25 (rule 101, 2024-25 spec). */
export function sexCodes(year: number): readonly string[] {
  return year >= 2025 ? ['M', 'F', 'U'] : ['1', '2'];
}

export function isMale(sex: string | null, year: number): boolean {
  return sex === (year >= 2025 ? 'M' : '1');
}

export function isFemale(sex: string | null, year: number): boolean {
  return sex === (year >= 2025 ? 'F' : '2');
}

export const ETHNIC_CODES = [
  'WBRI',
  'WIRI',
  'WOTH',
  'WIRT',
  'WROM',
  'MWBC',
  'MWBA',
  'MWAS',
  'MOTH',
  'AIND',
  'APKN',
  'ABAN',
  'AOTH',
  'BCRB',
  'BAFR',
  'BOTH',
  'CHNE',
  'OOTH',
  'REFU',
  'NOBT',
] as const;

/** Reason for new episode. */
export const RNE_CODES = ['S', 'P', 'L', 'T', 'U', 'B'] as const;

/** Legal status. */
export const LS_CODES = ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3'] as const;

/** Category of need (the 903 allows N1-N8 only). */
export const CIN_CODES = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'] as const;

const PLACE_COMMON = [
  'A3',
  'A4',
  'A5',
  'A6',
  'K1',
  'K2',
  'P1',
  'P3',
  'R1',
  'R2',
  'R3',
  'R5',
  'S1',
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'U1',
  'U2',
  'U3',
  'U4',
  'U5',
  'U6',
] as const;

/**
 * Placement types: H5 and P2 were removed and K3 added in 2024-25; Z1 was replaced by Z11-Z14 in 2025-26.
 */
export function placeCodes(year: number): readonly string[] {
  if (year <= 2024) return [...PLACE_COMMON, 'H5', 'P2', 'Z1'];
  if (year === 2025) return [...PLACE_COMMON, 'K3', 'Z1'];
  return [...PLACE_COMMON, 'K3', 'Z11', 'Z12', 'Z13', 'Z14'];
}

/** The "other placement" codes of the year: Z1 until 2024-25, Z11-Z14 from 2025-26. */
export function otherPlacementCodes(year: number): readonly string[] {
  return year <= 2025 ? ['Z1'] : ['Z11', 'Z12', 'Z13', 'Z14'];
}

export const TEMPORARY_PLACEMENTS = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;
export const ADOPTION_PLACEMENTS = ['A3', 'A4', 'A5', 'A6'] as const;
export const FOSTER_PLACEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'] as const;

export const PLACE_PROVIDER_CODES = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;

/** Reason episode ceased. */
export const REC_CODES = [
  'E11',
  'E12',
  'E2',
  'E3',
  'E4A',
  'E4B',
  'E13',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E14',
  'E15',
  'E16',
  'E17',
  'X1',
] as const;

export const REASON_PLACE_CHANGE_CODES = [
  'CARPL',
  'CLOSE',
  'ALLEG',
  'STAND',
  'APPRR',
  'CREQB',
  'CREQO',
  'CHILD',
  'LAREQ',
  'PLACE',
  'CUSTOD',
  'OTHER',
] as const;

/** Review participation. */
export const REVIEW_CODES = ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'] as const;

export const SDQ_REASON_CODES = ['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'] as const;

export const IN_TOUCH_CODES = ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'] as const;

export const ACTIV_CODES = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'] as const;

/** Accommodation after leaving care: letter = type, 1 = suitable, 2 = not suitable; 0 = not known. */
export const ACCOM_CODES = [
  'B1',
  'B2',
  'C1',
  'C2',
  'D1',
  'D2',
  'E1',
  'E2',
  'G1',
  'G2',
  'H1',
  'H2',
  'K1',
  'K2',
  'R1',
  'R2',
  'S2',
  'T1',
  'T2',
  'U1',
  'U2',
  'V1',
  'V2',
  'W1',
  'W2',
  'X2',
  'Y1',
  'Y2',
  'Z1',
  'Z2',
  '0',
] as const;

export const SEX_ADOPTR_CODES = ['M1', 'F1', 'MM', 'FF', 'MF'] as const;
export const LS_ADOPTR_CODES = ['L0', 'L11', 'L12', 'L2', 'L3', 'L4'] as const;
export const REASON_PLACED_CEASED_CODES = ['RD1', 'RD2', 'RD3', 'RD4'] as const;

/** UPN-unknown reasons accepted in place of a UPN. */
export const UPN_UNKNOWN_CODES = ['UN1', 'UN2', 'UN3', 'UN4', 'UN5'] as const;

/** Legal statuses of short-term breaks (respite); national statistics leave these children out. */
export const RESPITE_LS = ['V3', 'V4'] as const;

/** The OC2 outcome items (children looked after for 12 months at 31 March), each 0 or 1. */
export const OC2_OUTCOME_FIELDS = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
] as const;

/** The OC2 items every child in the cohort must have (rules 182 and 191). */
export const OC2_REQUIRED_FIELDS = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'] as const;

export const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;
export const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;
