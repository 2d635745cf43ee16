/** DfE rule 635: LA_PERM or DATE_PERM given without a previous permanence option (PREV_PERM) is inconsistent. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '635',
  message:
    'There are entries for date of order and local authority code where previous permanence option was arranged ' +
    'but previous permanence code is Z1',
  affectedFields: ['LA_PERM', 'DATE_PERM', 'PREV_PERM'],
  tables: ['PrevPerm'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'PrevPerm',
      whereRows(
        rowsOf(data, 'PrevPerm'),
        (row) => (val(row, 'LA_PERM') !== null || val(row, 'DATE_PERM') !== null) && val(row, 'PREV_PERM') === null,
      ),
    );
  },
});
