/** DfE rule 158: when an intervention was received, "intervention offered" must be blank. */
import { defineRule, flagRows, has, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule158: Rule903 = defineRule({
  code: '158',
  message: 'If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.',
  affectedFields: ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => flagRows('OC2', whereRows(rowsOf(data, 'OC2'),
  (row) => val(row, 'INTERVENTION_RECEIVED') === '1' && has(row, 'INTERVENTION_OFFERED'))));
