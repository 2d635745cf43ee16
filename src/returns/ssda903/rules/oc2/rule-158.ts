/** DfE rule 158: when an intervention was received, "intervention offered" must be blank. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '158',
  message:
    'If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.',
  affectedFields: ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(
        rowsOf(data, 'OC2'),
        (row) => val(row, 'INTERVENTION_RECEIVED') === '1' && has(row, 'INTERVENTION_OFFERED'),
      ),
    );
  },
});
