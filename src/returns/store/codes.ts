/**
 * Translating cells between the returns and the record store: dates (903 dd/mm/yyyy, CIN ISO), the
 * sex codes that changed in 2024-25 (903 SEX 1/2 -> M/F; CIN GenderCurrent 1/2/0/9 -> Sex M/F/U) and
 * yes/no items. Readers keep cells as written and the rules flag bad ones; these functions map a cell
 * that passed validation, and give null for one that did not (queries do not block an import).
 */
import { findDateParts, formatIsoDate } from '../../calendar/dates.ts';

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A cell's text without surrounding spaces; null for a missing or blank cell. */
export function cellText(
  row: Readonly<Record<string, string | null | undefined>> | undefined,
  column: string,
): string | null {
  const value = row?.[column];
  return value === null || value === undefined || value.trim() === '' ? null : value.trim();
}

/** A real calendar date as ISO, from dd/mm/yyyy or yyyy-mm-dd; null for blank or impossible dates. */
export function isoFromCell(cell: string | null | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const text = cell.trim();
  const dmy = DMY.exec(text);
  const iso = dmy ? formatIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : YMD.test(text) ? text : null;
  return iso !== null && findDateParts(iso) ? iso : null;
}

/** ISO date to the 903's dd/mm/yyyy (RETURNS.md 1.1). */
export function dmyFromIso(iso: string | null | undefined): string | null {
  if (iso === null || iso === undefined) return null;
  const m = YMD.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : null;
}

/** Store sex (M/F/U) from 903 SEX (1/2 until 2023-24, M/F/U from 2024-25) or CIN GenderCurrent/Sex. */
export function storeSex(code: string | null | undefined): string | null {
  switch ((code ?? '').trim().toUpperCase()) {
    case '1':
    case 'M':
      return 'M';
    case '2':
    case 'F':
      return 'F';
    // GenderCurrent 0 (not recorded, or unborn) and 9 (indeterminate) have no M/F: Sex U.
    case '0':
    case '9':
    case 'U':
      return 'U';
    default:
      return null;
  }
}

/** 903 SEX for the collection year: 1/2 until 2023-24, M/F/U from 2024-25 (rule 101). */
export function sex903(sex: string, year: number): string {
  if (year >= 2025) return sex;
  return sex === 'M' ? '1' : sex === 'F' ? '2' : '0';
}

/** CIN GenderCurrent (until 2023-24) or Sex (from 2024-25), by year. */
export function sexCin(sex: string, year: number): string {
  if (year >= 2025) return sex;
  return sex === 'M' ? '1' : sex === 'F' ? '2' : '0';
}

/** 0/1, true/false, Y/N to a boolean; null for blank or anything else. */
export function booleanFromCell(cell: string | null | undefined): boolean | null {
  const text = (cell ?? '').trim().toLowerCase();
  if (['1', 'true', 'y', 'yes'].includes(text)) return true;
  if (['0', 'false', 'n', 'no'].includes(text)) return false;
  return null;
}

export function cellFromBoolean(value: boolean | null | undefined): string | null {
  return value === null || value === undefined ? null : value ? '1' : '0';
}

export function integerFromCell(cell: string | null | undefined): number | null {
  const text = (cell ?? '').trim();
  return /^-?\d+(\.0+)?$/.test(text) ? Math.trunc(Number(text)) : null;
}

/** A cell kept only when it is one of the store's codes (else null: the rules have reported it). */
export function codeIn(cell: string | null | undefined, allowed: ReadonlySet<string>): string | null {
  const text = (cell ?? '').trim();
  return allowed.has(text) ? text : null;
}

/** UPN pattern of the child table (N00001): the 903 UPN column holds UN1-UN5 when the UPN is unknown. */
export const UPN_PATTERN = /^[A-Za-z][0-9]{11}[A-Za-z0-9]$/;
export const UPN_UNKNOWN = /^UN[1-7]$/;
