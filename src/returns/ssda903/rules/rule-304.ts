/** DfE rule 304: UASC status ends on or before the 18th birthday (DUC no later than DOB + 18 years). */
import { addYears, dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule304: Rule903 = defineRule({
  code: '304',
  message: 'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.',
  affectedFields: ['DUC'],
  tables: ['UASC'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => flagRows('UASC', whereRows(rowsOf(data, 'UASC'), (row) => {
  const dob = dateOf(row, 'DOB');
  const duc = dateOf(row, 'DUC');
  return dob !== null && duc !== null && duc > addYears(dob, 18);
})));
