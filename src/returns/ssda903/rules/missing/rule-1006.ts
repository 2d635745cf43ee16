/** DfE rule 1006: the type of absence, when given, must be M (missing) or A (away without authorisation). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1006',
  message: 'Missing type invalid.',
  affectedFields: ['MISSING'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Missing',
      whereRows(
        rowsOf(data, 'Missing'),
        (row) => val(row, 'MISSING') !== null && !['M', 'A'].includes(val(row, 'MISSING') ?? ''),
      ),
    );
  },
});
