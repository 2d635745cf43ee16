/** DfE rule 565: a start date for a missing period needs the type of absence (MISSING). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '565',
  message:
    'The date that the child started to be missing or away from placement without authorisation has been ' +
    'completed but whether the child was missing or away from placement without authorisation has not been ' +
    'completed.',
  affectedFields: ['MISSING', 'MIS_START'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Missing',
      whereRows(rowsOf(data, 'Missing'), (row) => val(row, 'MIS_START') !== null && val(row, 'MISSING') === null),
    );
  },
});
