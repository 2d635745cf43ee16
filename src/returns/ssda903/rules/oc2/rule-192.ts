/** DfE rule 192: with a substance misuse problem, "intervention received" must be completed. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '192',
  message:
    'Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.',
  affectedFields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(
        rowsOf(data, 'OC2'),
        (row) => val(row, 'SUBSTANCE_MISUSE') === '1' && !has(row, 'INTERVENTION_RECEIVED'),
      ),
    );
  },
});
