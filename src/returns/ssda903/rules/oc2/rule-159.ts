/**
 * DfE rule 159: a child with a substance misuse problem who did not receive an intervention must
 * have "intervention offered" completed.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '159',
  message:
    'If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.',
  affectedFields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(
        rowsOf(data, 'OC2'),
        (row) =>
          val(row, 'SUBSTANCE_MISUSE') === '1' &&
          val(row, 'INTERVENTION_RECEIVED') === '0' &&
          !has(row, 'INTERVENTION_OFFERED'),
      ),
    );
  },
});
