/**
 * DfE 4003: a CP plan review cannot fall while a CIN plan is open (on or after its start, before its end;
 * an open CIN plan has no end), unless the review is on the day the CP plan ended. Reviews join their plan
 * by child and CPPID (and CINdetailsID where given); CIN plans are matched by child.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Row } from '../../dataset.ts';
import { text } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, childOf, groupRows, keyOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

function planKey(row: Row): string | null {
  return keyOf(text(row, 'LAchildID'), text(row, 'CINdetailsID') ?? '', text(row, 'CPPID'));
}

export const rule: RuleCin = defineRule({
  code: '4003',
  message: 'A CPP review date is shown as being held at the same time as an open CIN Plan.',
  affectedFields: ['CINPlanStartDate', 'CINPlanEndDate', 'CPPreviewDate'],
  years: { from: 2023 },
  tables: ['Reviews', 'ChildProtectionPlans', 'CINplanDates'],
  validate(data) {
    const reviews = rowsOf(data, 'Reviews');
    const cpps = rowsOf(data, 'ChildProtectionPlans');
    const plans = rowsOf(data, 'CINplanDates');
    const cppByKey = groupRows(cpps, planKey);
    const plansByChild = groupRows(plans, childOf);
    const flagged = { reviews: [] as number[], cpps: [] as number[], plans: [] as number[] };
    reviews.forEach((review, r) => {
      const date = dateOf(review, 'CPPreviewDate');
      const key = planKey(review);
      const child = childOf(review);
      if (date === null || key === null || child === null) return;
      for (const c of cppByKey.get(key) ?? []) {
        if (dateOf(cpps[c], 'CPPendDate') === date) continue;
        for (const p of plansByChild.get(child) ?? []) {
          const start = dateOf(plans[p], 'CINPlanStartDate');
          const end = dateOf(plans[p], 'CINPlanEndDate');
          if (start === null || date < start || (end !== null && date >= end)) continue;
          flagged.reviews.push(r);
          flagged.cpps.push(c);
          flagged.plans.push(p);
        }
      }
    });
    return [
      ...cellsFor('ChildProtectionPlans', flagged.cpps, ['CPPendDate']),
      ...cellsFor('CINplanDates', flagged.plans, ['CINPlanStartDate']),
      ...cellsFor('Reviews', flagged.reviews, ['CPPreviewDate']),
    ];
  },
});
