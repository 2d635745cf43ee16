/** DfE rule 181: each OC2 outcome item, when given, is 0 or 1. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { OC2_OUTCOME_FIELDS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '181',
  message: 'Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.',
  affectedFields: [...OC2_OUTCOME_FIELDS],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(rowsOf(data, 'OC2'), (row) =>
        OC2_OUTCOME_FIELDS.some((field) => {
          const value = val(row, field);
          return value !== null && value !== '0' && value !== '1';
        }),
      ),
    );
  },
});
