/** DfE rule 197a: no reason for a missing SDQ score when the score is given. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '197a',
  message:
    'Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.',
  affectedFields: ['SDQ_SCORE', 'SDQ_REASON'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(rowsOf(data, 'OC2'), (row) => has(row, 'SDQ_SCORE') && has(row, 'SDQ_REASON')),
    );
  },
});
