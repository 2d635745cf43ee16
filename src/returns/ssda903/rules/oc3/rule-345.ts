/** DfE rule 345: when the LA is in touch (YES), activity and accommodation cannot be 0 (not known). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '345',
  message:
    'The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.',
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC3',
      whereRows(
        rowsOf(data, 'OC3'),
        (row) => val(row, 'IN_TOUCH') === 'YES' && (val(row, 'ACTIV') === '0' || val(row, 'ACCOM') === '0'),
      ),
    );
  },
});
