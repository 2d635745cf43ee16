/** DfE rule 567: a missing period cannot end before it started. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '567',
  message:
    'The date that the missing episode or episode that the child was away from placement without ' +
    'authorisation ended is before the date that it started.',
  affectedFields: ['MIS_START', 'MIS_END'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Missing',
      whereRows(rowsOf(data, 'Missing'), (row) => {
        const start = dateOf(row, 'MIS_START');
        const end = dateOf(row, 'MIS_END');
        return start !== null && end !== null && start > end;
      }),
    );
  },
});
