/** DfE rule 205C: a child not UASC in either year should have no date UASC ceased in either year. */
import { dateOf } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';
import { uascHistoryRule } from './uasc-rules.ts';

function notUasc(flag: string | null | undefined): boolean {
  return flag === '0' || flag === null || flag === undefined;
}

export const rule205C: Rule903 = uascHistoryRule({
  code: '205C',
  message: 'Child not identified as UASC either this year or last year but date UASC ceased has been provided.',
  affectedFields: ['DUC', 'UASC'],
  tables: ['UASC', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, (row) => notUasc(row.flagNow) && notUasc(row.flagLast)
  && (dateOf(row.now, 'DUC') !== null || dateOf(row.last, 'DUC') !== null));
