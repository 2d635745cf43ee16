/** DfE 8915: a CP plan cannot start after the child died. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, childOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8915',
  message: 'Child Protection Plan shown as starting after the child’s Date of Death',
  affectedFields: ['CPPstartDate', 'PersonDeathDate'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'ChildIdentifiers'],
  validate(data) {
    const rows = rowsOf(data, 'ChildProtectionPlans');
    const children = rowsOf(data, 'ChildIdentifiers');
    const wrong = joinRows(rows, children, childOf).filter(([i, j]) => {
      const date = dateOf(rows[i], 'CPPstartDate');
      const death = dateOf(children[j], 'PersonDeathDate');
      return date !== null && death !== null && date > death;
    });
    return [
      ...cellsFor('ChildProtectionPlans', wrong.map(([i]) => i), ['CPPstartDate']),
      ...cellsFor('ChildIdentifiers', wrong.map(([, j]) => j), ['PersonDeathDate']),
    ];
  },
});
