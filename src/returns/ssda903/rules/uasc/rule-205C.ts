/** DfE rule 205C: a child not UASC in either year should have no date UASC ceased in either year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { flagUascHistory } from '../uasc-rules.ts';

function notUasc(flag: string | null | undefined): boolean {
  return flag === '0' || flag === null || flag === undefined;
}

export const rule: Rule903 = defineRule({
  code: '205C',
  message: 'Child not identified as UASC either this year or last year but date UASC ceased has been provided.',
  affectedFields: ['DUC', 'UASC'],
  tables: ['UASC', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagUascHistory(
    (row) =>
      notUasc(row.flagNow) &&
      notUasc(row.flagLast) &&
      (dateOf(row.now, 'DUC') !== null || dateOf(row.last, 'DUC') !== null),
  ),
});
