/** DfE rule 203: the date of birth must match last year's return (compared as dates where both parse). */
import { defineRule, flagRows, parseDate, val } from './helpers.ts';
import { headerPairs } from './last-year.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function dobKey(cell: string | null): string | null {
  return parseDate(cell) ?? cell;
}

export const rule203: Rule903 = defineRule({
  code: '203',
  message: 'Date of birth disagrees with the date of birth already recorded for this child.',
  affectedFields: ['DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => flagRows('Header', headerPairs(data)
  .filter(({ now, last }) => dobKey(val(now, 'DOB')) !== dobKey(val(last, 'DOB')))
  .map(({ index }) => index)));
