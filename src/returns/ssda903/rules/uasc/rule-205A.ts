/**
 * DfE rule 205A: a child UASC last year but not this year must have had UASC status end during last
 * year (DUC last year within last year's collection period) and have no DUC this year.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { flagUascHistory } from '../uasc-rules.ts';

export const rule: Rule903 = defineRule({
  code: '205A',
  message:
    'Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.',
  affectedFields: ['CHILD', 'UASC'],
  tables: ['UASC', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagUascHistory((row, { start, end }) => {
    if (row.flagNow === '1' || row.flagLast !== '1') return false;
    const ducLast = dateOf(row.last, 'DUC');
    const endedLastYear = ducLast !== null && ducLast >= addYears(start, -1) && ducLast <= addYears(end, -1);
    return has(row.now, 'DUC') || !endedLastYear;
  }),
});
