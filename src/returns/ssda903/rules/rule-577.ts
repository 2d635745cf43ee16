/**
 * DfE rule 577: when the child has ceased to be looked after, any missing period must have ended; in
 * general a missing period must sit within one of the child's periods of care.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows } from './helpers.ts';
import { outsideCare, outsideEveryPeriod } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  if (!data.current.Episodes) return [];
  return flagRows('Missing', outsideEveryPeriod(data, 'Missing', (row, period) =>
    outsideCare(dateOf(row, 'MIS_START'), dateOf(row, 'MIS_END'), period)));
}

export const rule577: Rule903 = defineRule({
  code: '577',
  message: 'Child ceased to be looked after but there is a missing/away from placement without authorisation period '
    + 'without an end date.',
  affectedFields: ['MIS_END'],
  tables: ['Episodes', 'Missing'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
