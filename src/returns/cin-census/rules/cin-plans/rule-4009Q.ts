/** DfE 4009Q: a CIN plan should not end after the child died. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, childOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4009Q',
  message: 'CIN Plan cannot end after the child’s Date of Death',
  affectedFields: ['PersonDeathDate', 'CINPlanEndDate'],
  years: { from: 2023 },
  tables: ['CINplanDates', 'ChildIdentifiers'],
  validate(data) {
    const rows = rowsOf(data, 'CINplanDates');
    const children = rowsOf(data, 'ChildIdentifiers');
    const wrong = joinRows(rows, children, childOf).filter(([i, j]) => {
      const date = dateOf(rows[i], 'CINPlanEndDate');
      const death = dateOf(children[j], 'PersonDeathDate');
      return date !== null && death !== null && date > death;
    });
    return [
      ...cellsFor('CINplanDates', wrong.map(([i]) => i), ['CINPlanEndDate']),
      ...cellsFor('ChildIdentifiers', wrong.map(([, j]) => j), ['PersonDeathDate']),
    ];
  },
});
