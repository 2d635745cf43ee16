/**
 * DfE rule 1000: a child who died in care (REC E2, this year or last) cannot have care leaver information
 * (OC3). Only this year's and last year's episodes are seen.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, lastRowsOf, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1000',
  message:
    'This child is recorded as having died in care and therefore should not have the care leaver information ' +
    'completed. [NOTE: This only tests the current and previous year data loaded into the tool]',
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['Episodes', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes) return [];
    const died = new Set(
      [...rowsOf(data, 'Episodes'), ...lastRowsOf(data, 'Episodes')]
        .filter((row) => (val(row, 'REC') ?? '').toUpperCase() === 'E2')
        .map((row) => val(row, 'CHILD')),
    );
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => died.has(val(row, 'CHILD'))),
    );
  },
});
