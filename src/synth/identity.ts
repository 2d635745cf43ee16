/**
 * Identifiers that must look real without being real: unique pupil numbers with the DfE check letter.
 * (Postcodes are real ones, from the ONS directory: postcodes.ts.)
 */
import type { Random } from './random.ts';
import { upnCheckLetter, upnLaCodes } from '../codes/upn.ts';

export function isValidUpn(upn: string): boolean {
  return /^[A-Z][0-9]{11}[0-9A-Z]$/.test(upn) && upnCheckLetter(upn.slice(1)) === upn[0];
}

/**
 * A permanent UPN: check letter, the allocating LA's code, a school's DfE establishment number, the
 * two-digit year of allocation and a serial number.
 */
export function makeUpn(random: Random, laCode: string, allocationYear: number): string {
  const school = String(random.int(1000, 7999)).padStart(4, '0');
  const year = String(allocationYear % 100).padStart(2, '0');
  const serial = String(random.int(0, 999)).padStart(3, '0');
  const body = `${laCode}${school}${year}${serial}`;
  return `${upnCheckLetter(body)}${body}`;
}

/**
 * Characters 2-4 of a UPN are the allocating LA's code and the CIN census accepts only recognised LA codes
 * there (rule 1530); the 903's LA_PERM must be one too (rule 633). A real council uses its own code. A
 * fictional council's code (990) is not recognised, so its UPNs and orders carry one real code instead
 * (392, North Tyneside, in the fictional council's region).
 */
export function recognisedLaCode(laCode: string): string {
  return upnLaCodes(2024).has(laCode) ? laCode : FICTIONAL_UPN_LA;
}

const FICTIONAL_UPN_LA = '392';

/** The schema's postcode format: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA or AA9A 9AA. */
export const POSTCODE_FORMAT = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;
