/**
 * Code lists the CIN census rules check against, by collection year (the year of the 31 March
 * reference date). Source: DfE CIN census guide code sets, as listed in shared/domain/RETURNS.md 2.2
 * and the open validator's rule files.
 */

interface VersionedCode {
  code: string;
  from?: number;
  to?: number;
}

function list(codes: string, from?: number, to?: number): VersionedCode[] {
  return codes
    .split(/\s+/)
    .filter(Boolean)
    .map((code) => ({ code, from, to }));
}

function validIn(codes: VersionedCode[], year: number): Set<string> {
  return new Set(codes.filter((c) => (c.from ?? 0) <= year && year <= (c.to ?? 9999)).map((c) => c.code));
}

/** ReferralSource (rule 8866). 5D "early help" was added for 2022-23. */
const REFERRAL_SOURCE = [...list('1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C 6 7 8 9 10'), ...list('5D', 2023)];

/** ReasonForClosure (rule 8640). RC9 "closed after assessment, referred to early help" was added for 2022-23. */
const REASON_FOR_CLOSURE = [...list('RC1 RC2 RC3 RC4 RC5 RC6 RC7 RC8'), ...list('RC9', 2023)];

/** PrimaryNeedCode (rule 8650): N1-N8 categories of need, N9 cases other than children in need, N0 not stated. */
const PRIMARY_NEED = list('N0 N1 N2 N3 N4 N5 N6 N7 N8 N9');

/** Initial and latest category of abuse (rules 8905, 8910). */
const CATEGORY_OF_ABUSE = list('NEG PHY SAB EMO MUL');

/** Ethnicity (rule 4220). */
const ETHNICITY = list(
  'WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT',
);

/** Disability (rules 8540, 8790). */
const DISABILITY = list('NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA');

/** GenderCurrent until 2023-24 (1 male, 2 female, 0 not known/unborn, 9 not specified); Sex M/F/U from 2024-25. */
const GENDER_CURRENT = list('0 1 2 9', undefined, 2024);
const SEX = list('M F U', 2025);

export function referralSources(year: number): Set<string> {
  return validIn(REFERRAL_SOURCE, year);
}
export function reasonsForClosure(year: number): Set<string> {
  return validIn(REASON_FOR_CLOSURE, year);
}
export function primaryNeedCodes(year: number): Set<string> {
  return validIn(PRIMARY_NEED, year);
}
export function categoriesOfAbuse(year: number): Set<string> {
  return validIn(CATEGORY_OF_ABUSE, year);
}
export function ethnicities(year: number): Set<string> {
  return validIn(ETHNICITY, year);
}
export function disabilities(year: number): Set<string> {
  return validIn(DISABILITY, year);
}
export function genderCodes(year: number): Set<string> {
  return validIn(GENDER_CURRENT, year);
}
export function sexCodes(year: number): Set<string> {
  return validIn(SEX, year);
}

/** The field holding the child's sex: GenderCurrent until 2023-24, Sex from 2024-25. */
export function sexField(year: number): 'GenderCurrent' | 'Sex' {
  return year >= 2025 ? 'Sex' : 'GenderCurrent';
}

/** The value recorded for an unborn child: GenderCurrent 0 until 2023-24, Sex U from 2024-25. */
export function unbornSexValue(year: number): string {
  return year >= 2025 ? 'U' : '0';
}

/**
 * Factors identified at assessment (rule 8897Q). 18A and 19A stay valid here: from 2024-25 their use is a
 * query of its own (8945Q, 8950Q), not a missing factor.
 */
const ASSESSMENT_FACTORS = list(
  '1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A 8B 8C 8D 8E 8F 9A 10A 11A 12A 13A 14A 15A 16A 17A ' +
    '18A 18B 18C 19A 19B 19C 20 21 22A 23A 24A',
);

export function assessmentFactors(year: number): Set<string> {
  return validIn(ASSESSMENT_FACTORS, year);
}
