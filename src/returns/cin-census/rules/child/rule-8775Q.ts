/**
 * DfE 8775Q: a child should be under 25: on the episode's closure date, or on the reference date while the
 * episode is open. The child and each episode at fault are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { addYears, dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, childOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8775Q',
  message: 'Please check and either amend data or provide a reason: Child is over 25 years old',
  affectedFields: ['PersonBirthDate', 'CINclosureDate'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers', 'CINdetails', 'Header'],
  validate(data) {
    const children = rowsOf(data, 'ChildIdentifiers');
    const episodes = rowsOf(data, 'CINdetails');
    const old = joinRows(children, episodes, childOf).filter(([i, j]) => {
      const birth = dateOf(children[i], 'PersonBirthDate');
      const on = dateOf(episodes[j], 'CINclosureDate') ?? data.meta.referenceDate;
      return birth !== null && addYears(birth, 25) <= on;
    });
    return [
      ...cellsFor(
        'ChildIdentifiers',
        old.map(([i]) => i),
        ['PersonBirthDate'],
      ),
      ...cellsFor(
        'CINdetails',
        old.map(([, j]) => j),
        ['CINclosureDate'],
      ),
    ];
  },
});
