/** DfE rule 203: the date of birth must match last year's return (compared as dates where both parse). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { parseDate } from '../dates.ts';
import { headerPairs } from '../last-year.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function dobKey(cell: string | null): string | null {
  return parseDate(cell) ?? cell;
}

export const rule: Rule903 = defineRule({
  code: '203',
  message: 'Date of birth disagrees with the date of birth already recorded for this child.',
  affectedFields: ['DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Header',
      headerPairs(data)
        .filter(({ now, last }) => dobKey(val(now, 'DOB')) !== dobKey(val(last, 'DOB')))
        .map(({ index }) => index),
    );
  },
});
