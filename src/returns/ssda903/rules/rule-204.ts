/** DfE rule 204: the ethnic origin must match last year's return (ignoring letter case). */
import { defineRule, flagRows, val } from './helpers.ts';
import { headerPairs } from './last-year.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule204: Rule903 = defineRule({
  code: '204',
  message: 'Ethnic origin code disagrees with the ethnic origin already recorded for this child.',
  affectedFields: ['ETHNIC'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => flagRows('Header', headerPairs(data)
  .filter(({ now, last }) => val(now, 'ETHNIC')?.toUpperCase() !== val(last, 'ETHNIC')?.toUpperCase())
  .map(({ index }) => index)));
