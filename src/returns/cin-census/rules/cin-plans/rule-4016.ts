/**
 * DfE 4016: a CIN plan cannot start while one of the child's CP plans is open: on or after the CP plan's
 * start and before its end (an open CP plan has no end).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, childOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4016',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  affectedFields: ['CINPlanStartDate', 'CPPstartDate', 'CPPendDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'ChildProtectionPlans', 'Header'],
  validate(data) {
    const plans = rowsOf(data, 'CINplanDates');
    const cpps = rowsOf(data, 'ChildProtectionPlans');
    const during = joinRows(plans, cpps, childOf).filter(([i, j]) => {
      const planStart = dateOf(plans[i], 'CINPlanStartDate');
      const cppStart = dateOf(cpps[j], 'CPPstartDate');
      const cppEnd = dateOf(cpps[j], 'CPPendDate');
      return (
        planStart !== null && cppStart !== null && planStart >= cppStart && (cppEnd === null || planStart < cppEnd)
      );
    });
    return [
      ...cellsFor(
        'ChildProtectionPlans',
        during.map(([, j]) => j),
        ['CPPstartDate', 'CPPendDate'],
      ),
      ...cellsFor(
        'CINplanDates',
        during.map(([i]) => i),
        ['CINPlanStartDate'],
      ),
    ];
  },
});
