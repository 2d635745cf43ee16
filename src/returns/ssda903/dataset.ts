/**
 * The SSDA903 return as tables of text cells: what the CSV set or the XML form holds after reading, and
 * what the exporter builds from the record store. Rules read this shape, so the same rule checks a
 * council's file, our own export, or one child's records at the point of entry.
 */
import type { PostcodeDirectory } from '../io/ons-postcodes.ts';

export const TABLES_903 = [
  'Header',
  'Episodes',
  'Reviews',
  'UASC',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'Missing',
  'SWEpisodes',
  'DoLo',
] as const;
export type Table903 = (typeof TABLES_903)[number];

/** A row: column name to trimmed text, null when blank. Dates are as written (dd/mm/yyyy) or ISO. */
export type Row = Record<string, string | null>;

export type Tables903 = Partial<Record<Table903, Row[]>>;

export interface Dataset903 {
  /** The return being checked. */
  current: Tables903;
  /** Last year's return, when given: several rules (503A-J and others) compare with it. */
  previous?: Tables903 | undefined;
  meta: CollectionMeta;
}

export interface CollectionMeta {
  /** Year of the 31 March that ends the collection: 2025 for 2024-25. */
  year: number;
  /** ISO date, 1 April before. */
  collectionStart: string;
  /** ISO date, 31 March. */
  collectionEnd: string;
  /** The council's 3-digit code, for rules that compare LA codes. */
  laCode?: string | undefined;
  /**
   * Ofsted provider register rows (URN, PLACE_CODES, PROVIDER_CODES, POSTCODE, REG_END,
   * LA_CODE_INFERRED), when supplied: rules 219-229 and 1008 check URNs against it.
   */
  providerInfo?: Row[] | undefined;
  /**
   * The ONS postcode directory (data/ons), when supplied: rule 392c checks that each postcode exists,
   * not only its form. The derived PL_LA and PL_LOCATION come from it too (../postcode-fields.ts).
   */
  postcodes?: PostcodeDirectory | undefined;
  /** How the return was sent: XML carries a UASC flag in the header, CSV does not (rules 105, 205A-D). */
  fileFormat?: 'csv' | 'xml' | undefined;
}

export function collectionMeta(year: number, laCode?: string): CollectionMeta {
  return { year, collectionStart: `${year - 1}-04-01`, collectionEnd: `${year}-03-31`, laCode };
}
