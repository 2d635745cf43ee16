/**
 * DfE rule 105: the header UASC flag must be 0 or 1. Only the XML return carries the flag; in the
 * CSV form it is derived from the UASC table, so there is nothing to check.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '105',
  message:
    'Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.',
  affectedFields: ['UASC'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (data.meta.fileFormat !== 'xml') return [];
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => !['0', '1'].includes(val(row, 'UASC') ?? '')),
    );
  },
});
