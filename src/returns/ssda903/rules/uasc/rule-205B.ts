/**
 * DfE rule 205B: a child UASC in both years must have last year's DUC on their 18th birthday, and
 * this year's DUC either within this year or the same as last year's.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { flagUascHistory } from '../uasc-rules.ts';

export const rule: Rule903 = defineRule({
  code: '205B',
  message:
    'Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.',
  affectedFields: ['DUC', 'UASC'],
  tables: ['UASC', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagUascHistory((row, { start, end }) => {
    if (row.flagNow !== '1' || row.flagLast !== '1') return false;
    const duc = dateOf(row.now, 'DUC');
    const ducLast = dateOf(row.last, 'DUC');
    const dobLast = dateOf(row.last, 'DOB');
    const ducInYear = duc !== null && duc >= start && duc <= end;
    const sameAsLast = duc !== null && duc === ducLast;
    const lastIs18th = ducLast !== null && dobLast !== null && ducLast === addYears(dobLast, 18);
    return (!ducInYear && !sameAsLast) || !lastIs18th;
  }),
});
