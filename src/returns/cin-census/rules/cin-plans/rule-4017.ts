/**
 * DfE 4017: a CP plan cannot start while one of the child's CIN plans is open: on or after the CIN plan's
 * start and before its end (an open CIN plan has no end).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, childOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4017',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  affectedFields: ['CINPlanStartDate', 'CINPlanEndDate', 'CPPstartDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'ChildProtectionPlans', 'Header'],
  validate(data) {
    const cpps = rowsOf(data, 'ChildProtectionPlans');
    const plans = rowsOf(data, 'CINplanDates');
    const during = joinRows(cpps, plans, childOf).filter(([i, j]) => {
      const cppStart = dateOf(cpps[i], 'CPPstartDate');
      const planStart = dateOf(plans[j], 'CINPlanStartDate');
      const planEnd = dateOf(plans[j], 'CINPlanEndDate');
      return (
        cppStart !== null && planStart !== null && cppStart >= planStart && (planEnd === null || cppStart < planEnd)
      );
    });
    return [
      ...cellsFor(
        'ChildProtectionPlans',
        during.map(([i]) => i),
        ['CPPstartDate'],
      ),
      ...cellsFor(
        'CINplanDates',
        during.map(([, j]) => j),
        ['CINPlanStartDate', 'CINPlanEndDate'],
      ),
    ];
  },
});
