/**
 * DfE rule 303: a date UASC status ceased (DUC) needs the Header UASC flag 1. Only checkable where the
 * Header carries the flag (XML); in CSV the flag is derived from the UASC table itself.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { firstRowByChild, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '303',
  message: 'If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.',
  affectedFields: ['DUC', 'UASC'],
  tables: ['UASC', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    if (!header.some((row) => 'UASC' in row)) return [];
    const headerRow = firstRowByChild(header);
    const badUasc: number[] = [];
    const badHeader: number[] = [];
    rowsOf(data, 'UASC').forEach((row, i) => {
      const h = headerRow.get(val(row, 'CHILD') ?? '');
      if (h !== undefined && has(row, 'DUC') && val(header[h], 'UASC') !== '1') {
        badUasc.push(i);
        badHeader.push(h);
      }
    });
    return [...flagRows('UASC', badUasc), ...flagRows('Header', badHeader)];
  },
});
