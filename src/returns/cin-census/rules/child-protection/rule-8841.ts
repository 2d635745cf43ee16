/** DfE 8841: a CP plan review must be after the plan's start date. Reviews join their plan by child, CPPID and CINdetailsID. */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Row } from '../../dataset.ts';
import { text } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, keyOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

function planKey(row: Row): string | null {
  return keyOf(text(row, 'LAchildID'), text(row, 'CINdetailsID') ?? '', text(row, 'CPPID'));
}

export const rule: RuleCin = defineRule({
  code: '8841',
  message: 'The review date cannot be on the same day or before the Child protection Plan start date.',
  affectedFields: ['CPPstartDate', 'CPPreviewDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'Reviews'],
  validate(data) {
    const cpps = rowsOf(data, 'ChildProtectionPlans');
    const reviews = rowsOf(data, 'Reviews');
    const early = joinRows(cpps, reviews, planKey).filter(([i, j]) => {
      const start = dateOf(cpps[i], 'CPPstartDate');
      const review = dateOf(reviews[j], 'CPPreviewDate');
      return start !== null && review !== null && review <= start;
    });
    return [
      ...cellsFor(
        'ChildProtectionPlans',
        early.map(([i]) => i),
        ['CPPstartDate'],
      ),
      ...cellsFor(
        'Reviews',
        early.map(([, j]) => j),
        ['CPPreviewDate'],
      ),
    ];
  },
});
