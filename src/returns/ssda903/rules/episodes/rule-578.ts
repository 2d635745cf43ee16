/**
 * DfE rule 578: a missing period cannot start after the child ceased to be looked after (nor before the
 * period of care began): it must start within one of the child's periods of care.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { outsideEveryPeriod } from '../episodes.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '578',
  message: 'The date that the child started to be missing is after the child ceased to be looked after.',
  affectedFields: ['MIS_START'],
  tables: ['Episodes', 'Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes) return [];
    return flagRows(
      'Missing',
      outsideEveryPeriod(data, 'Missing', (row, period) => {
        const start = dateOf(row, 'MIS_START');
        return start !== null && (start < period.start || (period.end !== null && start > period.end));
      }),
    );
  },
});
