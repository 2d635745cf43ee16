/**
 * DfE rule 406: for a child who is UASC, or was UASC in either of the last two years, placement
 * distance must be blank (PL_DISTANCE is derived from postcodes, which are not collected for them).
 * We can see this year's and last year's data only, so a child UASC two years ago is missed.
 */
import type { Dataset903, Row } from '../dataset.ts';
import { defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

/** Children flagged UASC in a year's Header, or (when no Header was loaded) with any UASC row filled in. */
function uascChildren(header: Row[] | undefined, uasc: Row[] | undefined): string[] {
  if (header) return header.filter((row) => val(row, 'UASC') === '1').map((row) => val(row, 'CHILD') ?? '');
  if (!uasc) return [];
  return uasc
    .filter((row) => Object.entries(row).some(([column, cell]) => column !== 'CHILD' && cell !== null))
    .map((row) => val(row, 'CHILD') ?? '');
}

function validate(data: Dataset903) {
  const children = new Set([
    ...uascChildren(data.current.Header, data.current.UASC),
    ...uascChildren(data.previous?.Header, data.previous?.UASC),
  ]);
  return flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'), (row) =>
    children.has(val(row, 'CHILD') ?? '\u0000') && val(row, 'PL_DISTANCE') !== null));
}

export const rule406: Rule903 = defineRule({
  code: '406',
  message: 'Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. '
    + '[NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]',
  affectedFields: ['PL_DISTANCE'],
  tables: ['Episodes', 'Header', 'UASC'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
