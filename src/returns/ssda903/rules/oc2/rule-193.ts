/** DfE rule 193: without a substance misuse problem, the two intervention items stay blank. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '193',
  message:
    'Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.',
  affectedFields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(
        rowsOf(data, 'OC2'),
        (row) =>
          val(row, 'SUBSTANCE_MISUSE') !== '1' &&
          (has(row, 'INTERVENTION_RECEIVED') || has(row, 'INTERVENTION_OFFERED')),
      ),
    );
  },
});
