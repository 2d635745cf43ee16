/**
 * The SSDA903 CSV tables: their columns in the DfE order and the file names the DfE validator expects
 * (RETURNS.md 1.1, from csc-validator-be-903 `config.py` and `tests/conftest.py`).
 */
import type { Table903 } from '../ssda903/dataset.ts';

export const COLUMNS_903: Record<Table903, readonly string[]> = {
  Header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  Episodes: [
    'CHILD',
    'DECOM',
    'RNE',
    'LS',
    'CIN',
    'PLACE',
    'PLACE_PROVIDER',
    'DEC',
    'REC',
    'REASON_PLACE_CHANGE',
    'HOME_POST',
    'PL_POST',
    'URN',
  ],
  Reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  UASC: ['CHILD', 'SEX', 'DOB', 'DUC'],
  OC2: [
    'CHILD',
    'DOB',
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
  OC3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  AD1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  PlacedAdoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  PrevPerm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  Missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  SWEpisodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
  DoLo: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'],
};

/** File names as the DfE validator's harness writes them. Matching ignores case. */
export const FILE_NAMES_903: Record<Table903, string> = {
  Header: 'header.csv',
  Episodes: 'episodes.csv',
  Reviews: 'reviews.csv',
  UASC: 'uasc.csv',
  OC2: 'oc2.csv',
  OC3: 'oc3.csv',
  AD1: 'ad1.csv',
  PlacedAdoption: 'placed_for_adoption.csv',
  PrevPerm: 'previous_permanence.csv',
  Missing: 'missing.csv',
  SWEpisodes: 'sw_episodes.csv',
  DoLo: 'DoLo.csv',
};

/** The table a file name stands for, ignoring case; undefined when it names none. */
export function tableForFileName(fileName: string): Table903 | undefined {
  const lower = fileName.toLowerCase();
  for (const [table, name] of Object.entries(FILE_NAMES_903) as [Table903, string][]) {
    if (name.toLowerCase() === lower) return table;
  }
  return undefined;
}

/**
 * The table whose columns a header row holds (the liia pipeline's way of telling files apart).
 * Several tables share CHILD and DOB, and UASC's columns are a subset of Header's plus DUC, so the
 * table with every column present and the most columns wins.
 */
export function tableForHeader(header: readonly string[]): Table903 | undefined {
  const present = new Set(header.map((name) => name.trim().toUpperCase()));
  let best: Table903 | undefined;
  for (const [table, columns] of Object.entries(COLUMNS_903) as [Table903, readonly string[]][]) {
    if (!columns.every((column) => present.has(column))) continue;
    if (best === undefined || columns.length > COLUMNS_903[best].length) best = table;
  }
  return best;
}

/** Columns of `table` the header lacks (compared without regard to case). */
export function missingColumns(table: Table903, header: readonly string[]): string[] {
  const present = new Set(header.map((name) => name.trim().toUpperCase()));
  return COLUMNS_903[table].filter((column) => !present.has(column));
}
