/**
 * Unique Pupil Number (UPN) codes: the local-authority codes valid in characters 2-4 and the check
 * letters (DfE "Unique Pupil Numbers (UPNs): a guide for schools and local authorities"). Read by the
 * CIN census rules 1510 and 1530 and by the synthetic council when it makes UPNs.
 */

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * LA codes valid in characters 2-4 of a UPN (rule 1530): post-April-1998 LA codes and the pseudo-LA codes.
 * 942 and 943 were added for 2023-24.
 */
const UPN_LA_CODES: { code: string; from?: number }[] = [
  ...[
    ...range(1, 5),
    ...range(201, 213),
    ...range(301, 320),
    ...range(330, 336),
    ...range(340, 344),
    ...range(350, 359),
    ...range(370, 373),
    ...range(380, 384),
    ...range(390, 394),
    420,
    ...range(660, 681),
    ...range(701, 708),
    ...range(800, 803),
    ...range(805, 808),
    ...range(810, 813),
    815,
    816,
    ...range(820, 823),
    825,
    826,
    830,
    831,
    ...range(835, 839),
    840,
    841,
    845,
    846,
    ...range(850, 852),
    ...range(855, 857),
    860,
    861,
    ...range(865, 896),
    908,
    909,
    916,
    919,
    921,
    925,
    926,
    928,
    929,
    931,
    933,
    ...range(935, 938),
    940,
    941,
  ].map((n) => ({ code: String(n).padStart(3, '0') })),
  { code: '942', from: 2024 },
  { code: '943', from: 2024 },
];

/** The LA codes a UPN may carry in a collection year (the year of the 31 March reference date). */
export function upnLaCodes(year: number): Set<string> {
  return new Set(UPN_LA_CODES.filter((c) => (c.from ?? 0) <= year).map((c) => c.code));
}

/** UPN check letters by remainder (0 = A ... 22 = Z), skipping I, O and S (rule 1510). */
export const UPN_CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * The UPN check letter (rule 1510; DfE "Unique pupil numbers" guidance, annex): characters 2-13 (`body`)
 * weighted 2..13, summed, mod 23. A letter in position 13 (temporary UPNs) counts as its index in the
 * check-letter alphabet. Throws on a body that is not 11 digits and a digit or letter.
 */
export function upnCheckLetter(body: string): string {
  if (!/^[0-9]{11}[0-9A-Z]$/.test(body))
    throw new Error(`UPN body must be 11 digits and a digit or letter, got ${body}`);
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = body[i]!;
    const value = /[0-9]/.test(ch) ? Number(ch) : UPN_CHECK_LETTERS.indexOf(ch);
    if (value < 0) throw new Error(`Invalid UPN character ${ch}`);
    sum += value * (i + 2);
  }
  return UPN_CHECK_LETTERS[sum % 23]!;
}
