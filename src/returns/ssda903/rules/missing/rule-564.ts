/** DfE rule 564: a missing or away-from-placement period (MISSING M or A) needs its start date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '564',
  message: 'Child was missing or away from placement without authorisation and the date started is blank.',
  affectedFields: ['MISSING', 'MIS_START'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Missing',
      whereRows(
        rowsOf(data, 'Missing'),
        (row) => ['M', 'A', 'm', 'a'].includes(val(row, 'MISSING') ?? '') && val(row, 'MIS_START') === null,
      ),
    );
  },
});
