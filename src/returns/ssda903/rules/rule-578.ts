/**
 * DfE rule 578: a missing period cannot start after the child ceased to be looked after (nor before the
 * period of care began): it must start within one of the child's periods of care.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows } from './helpers.ts';
import { outsideEveryPeriod } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  if (!data.current.Episodes) return [];
  return flagRows('Missing', outsideEveryPeriod(data, 'Missing', (row, period) => {
    const start = dateOf(row, 'MIS_START');
    return start !== null && (start < period.start || (period.end !== null && start > period.end));
  }));
}

export const rule578: Rule903 = defineRule({
  code: '578',
  message: 'The date that the child started to be missing is after the child ceased to be looked after.',
  affectedFields: ['MIS_START'],
  tables: ['Episodes', 'Missing'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
