/** DfE rule 180: an SDQ score, when given, is a whole number from 0 to 40. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '180',
  message: 'Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.',
  affectedFields: ['SDQ_SCORE'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(rowsOf(data, 'OC2'), (row) => {
        const score = val(row, 'SDQ_SCORE');
        if (score === null) return false;
        return !/^\d+$/.test(score) || Number(score) > 40;
      }),
    );
  },
});
