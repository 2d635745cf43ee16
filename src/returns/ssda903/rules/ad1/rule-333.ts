/**
 * DfE rule 333: when a match date is given, the decision to place for adoption (DATE_INT) must be
 * given too, on or before it.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '333',
  message: 'Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).',
  affectedFields: ['DATE_INT'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'AD1',
      whereRows(rowsOf(data, 'AD1'), (row) => {
        const matched = dateOf(row, 'DATE_MATCH');
        const decided = dateOf(row, 'DATE_INT');
        return matched !== null && (decided === null || decided > matched);
      }),
    );
  },
});
