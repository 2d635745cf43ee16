/** DfE 4001: within one episode a CIN plan and a CP plan cannot both be open (no end date). */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4001',
  message: 'A CIN Plan cannot run concurrently with a Child Protection Plan',
  affectedFields: ['CINPlanEndDate', 'CPPendDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'ChildProtectionPlans'],
  validate(data) {
    const plans = rowsOf(data, 'CINplanDates');
    const cpps = rowsOf(data, 'ChildProtectionPlans');
    const both = joinRows(plans, cpps, episodeOf).filter(
      ([i, j]) => dateOf(plans[i], 'CINPlanEndDate') === null && dateOf(cpps[j], 'CPPendDate') === null,
    );
    return [
      ...cellsFor(
        'CINplanDates',
        both.map(([i]) => i),
        ['CINPlanEndDate'],
      ),
      ...cellsFor(
        'ChildProtectionPlans',
        both.map(([, j]) => j),
        ['CPPendDate'],
      ),
    ];
  },
});
