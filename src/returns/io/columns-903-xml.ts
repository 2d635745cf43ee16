/**
 * How the XML form of the 903 (EXPSSDA903, schema "Expanded SSDA903 Return 2021" 3.3.0) maps onto the
 * CSV tables (RETURNS.md 1.2): CHILDID is CHILD, PL is PLACE, and the UASC, AD1 and OC3 items sit flat
 * in HEADER. Element order is the schema's, which the writer must keep.
 */
import type { Table903 } from '../ssda903/dataset.ts';

/** HEADER's own items, in schema order, up to the first repeating group. */
export const HEADER_LEAVES_BEFORE_GROUPS = [
  'CHILDID',
  'UPN',
  'SEX',
  'DOB',
  'ETHNIC',
  'UASC',
  'DUC',
  'DATE_INT',
  'DATE_MATCH',
  'FOSTER_CARE',
  'NB_ADOPTR',
  'SEX_ADOPTR',
  'LS_ADOPTR',
  'IN_TOUCH',
  'ACTIV',
  'ACCOM',
] as const;

/** Items the schema requires even when empty (`<DEC></DEC>` is allowed, leaving it out is not). */
export const REQUIRED_XML_ITEMS = new Set([
  'CHILDID',
  'UPN',
  'SEX',
  'DOB',
  'ETHNIC',
  'UASC',
  'MISSING',
  'MIS_START',
  'REVIEW',
  'REVIEW_CODE',
  'DATE_PLACED',
  'DECOM',
  'RNE',
  'LS',
  'CIN',
  'PL',
  'DEC',
  'REC',
]);

/** Repeating groups inside HEADER (and EPISODE beside it): element, table, items in schema order. */
export interface XmlGroup {
  element: string;
  table: Table903;
  items: readonly string[];
}

export const HEADER_GROUPS: readonly XmlGroup[] = [
  { element: 'AMISSING', table: 'Missing', items: ['MISSING', 'MIS_START', 'MIS_END'] },
  { element: 'AREVIEW', table: 'Reviews', items: ['REVIEW', 'REVIEW_CODE'] },
  { element: 'PERMANENCE', table: 'PrevPerm', items: ['PREV_PERM', 'LA_PERM', 'DATE_PERM'] },
  {
    element: 'OC2',
    table: 'OC2',
    items: [
      'SDQ_SCORE',
      'SDQ_REASON',
      'CONVICTED',
      'HEALTH_CHECK',
      'IMMUNISATIONS',
      'TEETH_CHECK',
      'HEALTH_ASSESSMENT',
      'SUBSTANCE_MISUSE',
      'INTERVENTION_RECEIVED',
      'INTERVENTION_OFFERED',
    ],
  },
  {
    element: 'AD_PLACED',
    table: 'PlacedAdoption',
    items: ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  },
];

/** MOTHER and MC_DOB come between AREVIEW and PERMANENCE in the schema. */
export const HEADER_LEAVES_AFTER_REVIEWS = ['MOTHER', 'MC_DOB'] as const;

export const EPISODE_GROUP: XmlGroup = {
  element: 'EPISODE',
  table: 'Episodes',
  items: [
    'DECOM',
    'RNE',
    'LS',
    'CIN',
    'PL',
    'PL_POST',
    'HOME_POST',
    'URN',
    'PLACE_PROVIDER',
    'DEC',
    'REC',
    'REASON_PLACE_CHANGE',
  ],
};

/** Column name in the CSV tables for an XML item. */
export function columnForItem(item: string): string {
  if (item === 'CHILDID') return 'CHILD';
  if (item === 'PL') return 'PLACE';
  return item;
}

/** Tables whose items are flat in HEADER: a row exists when any of its items is given. */
export const FLAT_TABLES: readonly { table: Table903; items: readonly string[] }[] = [
  { table: 'UASC', items: ['DUC'] },
  { table: 'AD1', items: ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] },
  { table: 'OC3', items: ['IN_TOUCH', 'ACTIV', 'ACCOM'] },
];

/** The tables the XML form can hold (SWEpisodes and DoLo have no place in the 2021 schema). */
export const XML_TABLES_903: readonly Table903[] = [
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
];

/** The XML's UASC flag: 1 (or true/Y) marks an unaccompanied asylum-seeking child. */
export function isUascFlag(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && /^(1|y|yes|true)$/i.test(value);
}
