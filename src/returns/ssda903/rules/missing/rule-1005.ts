/** DfE rule 1005: the end date of a missing period, when given, must be a valid date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1005',
  message:
    'The end date of the missing episode or episode that the child was away from placement without ' +
    'authorisation is not a valid date.',
  affectedFields: ['MIS_END'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Missing',
      whereRows(rowsOf(data, 'Missing'), (row) => val(row, 'MIS_END') !== null && dateOf(row, 'MIS_END') === null),
    );
  },
});
