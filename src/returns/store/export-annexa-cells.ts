/** Store values as the cell text Annex A lists carry (the exporters' side; annexa-values.ts reads them back). */

/** A count or code as the cell text Annex A carries. */
export function s(value: string | number | null): string | null {
  return value === null ? null : String(value);
}

export function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? 'Yes' : 'No';
}

export const GENDER: Record<string, string> = { M: 'a) Male', F: 'b) Female', U: 'c) Not stated/Unknown' };
