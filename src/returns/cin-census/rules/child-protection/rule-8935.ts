/**
 * DfE 8935: a child may have only one open child protection plan (no end date); all open plans are flagged.
 * Grouped by child: CPPID is a counter within an episode, so it cannot tell plans of one child apart.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, childOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8935',
  message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date',
  affectedFields: ['CPPendDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const groups = groupRows(rowsOf(data, 'ChildProtectionPlans'), (row) =>
      text(row, 'CPPendDate') === null ? childOf(row) : null,
    );
    const open = [...groups.values()].filter((rows) => rows.length > 1).flat();
    return cellsFor('ChildProtectionPlans', open, ['CPPendDate']);
  },
});
