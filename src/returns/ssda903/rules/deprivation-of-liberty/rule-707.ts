/**
 * DfE rule 707 (from 2026-27): a DoLO must sit within one of the child's periods of care; once care has
 * ended a DoLO cannot be left without an end date.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { outsideCare, outsideEveryPeriod } from '../episodes.ts';
import { flagRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '707',
  message: 'Child ceased to be looked after but there is a DoLO without an end date.',
  affectedFields: ['DOLO_END'],
  tables: ['DoLo', 'Episodes'],
  years: { from: 2027 },
  validate(data) {
    if (!data.current.Episodes) return [];
    return flagRows(
      'DoLo',
      outsideEveryPeriod(data, 'DoLo', (row, period) =>
        outsideCare(dateOf(row, 'DOLO_START'), dateOf(row, 'DOLO_END'), period),
      ),
    );
  },
});
