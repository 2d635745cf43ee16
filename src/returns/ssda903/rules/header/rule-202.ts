/**
 * DfE rule 202: the child's sex must match last year's return. Codes changed from 1/2 to M/F in
 * 2024-25, so last year's 1 and 2 are read as M and F when comparing with a 2024-25 or later return.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { headerPairs } from '../last-year.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function lastYearSex(sex: string | null, year: number): string | null {
  if (year !== 2025) return sex;
  return sex === '1' ? 'M' : sex === '2' ? 'F' : sex;
}

export const rule: Rule903 = defineRule({
  code: '202',
  message: 'The gender code conflicts with the gender already recorded for this child.',
  affectedFields: ['SEX'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Header',
      headerPairs(data)
        .filter(({ now, last }) => val(now, 'SEX') !== lastYearSex(val(last, 'SEX'), data.meta.year))
        .map(({ index }) => index),
    );
  },
});
