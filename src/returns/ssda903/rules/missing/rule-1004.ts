/** DfE rule 1004: the start date of a missing period must be a valid date (it is mandatory). */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1004',
  message:
    'The start date of the missing episode or episode that the child was away from placement without ' +
    'authorisation is not a valid date.',
  affectedFields: ['MIS_START'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Missing',
      whereRows(rowsOf(data, 'Missing'), (row) => dateOf(row, 'MIS_START') === null),
    );
  },
});
