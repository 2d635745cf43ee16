/**
 * DfE rule 577: when the child has ceased to be looked after, any missing period must have ended; in
 * general a missing period must sit within one of the child's periods of care.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { outsideCare, outsideEveryPeriod } from '../episodes.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '577',
  message:
    'Child ceased to be looked after but there is a missing/away from placement without authorisation period ' +
    'without an end date.',
  affectedFields: ['MIS_END'],
  tables: ['Episodes', 'Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes) return [];
    return flagRows(
      'Missing',
      outsideEveryPeriod(data, 'Missing', (row, period) =>
        outsideCare(dateOf(row, 'MIS_START'), dateOf(row, 'MIS_END'), period),
      ),
    );
  },
});
