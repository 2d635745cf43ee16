/**
 * DfE rule 104: the date UASC status ceased (DUC) must be a real date, and not before the start of
 * the collection year (an earlier end of UASC status belongs to an earlier return).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { collectionStart, parseDate } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '104',
  message: 'Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.',
  affectedFields: ['DUC'],
  tables: ['UASC'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const start = collectionStart(data);
    return flagRows(
      'UASC',
      whereRows(rowsOf(data, 'UASC'), (row) => {
        const cell = val(row, 'DUC');
        if (cell === null) return false;
        const duc = parseDate(cell);
        return duc === null || duc < start;
      }),
    );
  },
});
