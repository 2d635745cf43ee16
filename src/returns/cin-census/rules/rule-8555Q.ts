/** DfE 8555Q: a child cannot be referred after the recorded date of death. */
import { defineRule } from './rule.ts';
import { cellsFor, childOf, dateOf, joinRows, rowsOf } from './helpers.ts';

export const rule = defineRule({
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
