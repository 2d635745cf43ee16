/** DfE 8555Q: a child cannot be referred after the recorded date of death. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, childOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8555Q',
  message: 'Child cannot be referred after its recorded date of death',
  affectedFields: ['PersonDeathDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['CINdetails', 'ChildIdentifiers'],
  validate(data) {
    const rows = rowsOf(data, 'CINdetails');
    const children = rowsOf(data, 'ChildIdentifiers');
    const wrong = joinRows(rows, children, childOf).filter(([i, j]) => {
      const date = dateOf(rows[i], 'CINreferralDate');
      const death = dateOf(children[j], 'PersonDeathDate');
      return date !== null && death !== null && date > death;
    });
    return [
      ...cellsFor('CINdetails', wrong.map(([i]) => i), ['CINreferralDate']),
      ...cellsFor('ChildIdentifiers', wrong.map(([, j]) => j), ['PersonDeathDate']),
    ];
  },
});
