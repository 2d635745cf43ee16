/** DfE rule 180: an SDQ score, when given, is a whole number from 0 to 40. */
import { defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule180: Rule903 = defineRule({
  code: '180',
  message: 'Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.',
  affectedFields: ['SDQ_SCORE'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => flagRows('OC2', whereRows(rowsOf(data, 'OC2'), (row) => {
  const score = val(row, 'SDQ_SCORE');
  if (score === null) return false;
  return !/^\d+$/.test(score) || Number(score) > 40;
})));
