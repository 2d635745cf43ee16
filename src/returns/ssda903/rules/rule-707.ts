/**
 * DfE rule 707 (from 2026-27): a DoLO must sit within one of the child's periods of care; once care has
 * ended a DoLO cannot be left without an end date.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows } from './helpers.ts';
import { outsideCare, outsideEveryPeriod } from './helpers-b.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  if (!data.current.Episodes) return [];
  return flagRows('DoLo', outsideEveryPeriod(data, 'DoLo', (row, period) =>
    outsideCare(dateOf(row, 'DOLO_START'), dateOf(row, 'DOLO_END'), period)));
}

export const rule707: Rule903 = defineRule({
  code: '707',
  message: 'Child ceased to be looked after but there is a DoLO without an end date.',
  affectedFields: ['DOLO_END'],
  tables: ['DoLo', 'Episodes'],
  years: { from: 2027 },
}, validate);
