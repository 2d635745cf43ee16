/**
 * DfE 8540: a born child (date of birth present) with at least one episode that went on to further
 * action (ReferralNFA false) needs a valid disability code, NONE included. Missing or invalid disability
 * rows are flagged; a child with no disability rows at all is flagged on PersonBirthDate.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { disabilities } from '../codes.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, childOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8540',
  message: 'Child’s disability is missing or invalid (see Disability table)',
  affectedFields: ['Disability', 'PersonBirthDate', 'ReferralNFA'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers', 'Disabilities', 'CINdetails'],
  validate(data) {
    const valid = disabilities(data.meta.year);
    const disabilityRows = rowsOf(data, 'Disabilities');
    const byChild = groupRows(disabilityRows, childOf);
    const furtherAction = new Set(
      rowsOf(data, 'CINdetails')
        .filter((row) => yesNo(text(row, 'ReferralNFA')) === false)
        .map(childOf),
    );
    const badDisabilities: number[] = [];
    const noDisabilities: number[] = [];
    rowsOf(data, 'ChildIdentifiers').forEach((row, index) => {
      const child = childOf(row);
      if (child === null || dateOf(row, 'PersonBirthDate') === null || !furtherAction.has(child)) return;
      const own = byChild.get(child) ?? [];
      if (own.length === 0) noDisabilities.push(index);
      badDisabilities.push(...own.filter((i) => !valid.has(text(disabilityRows[i], 'Disability') ?? '')));
    });
    return [
      ...cellsFor('Disabilities', badDisabilities, ['Disability']),
      ...cellsFor('ChildIdentifiers', noDisabilities, ['PersonBirthDate']),
    ];
  },
});
