/** DfE 8590: every child in the return needs at least one CIN episode (CINdetails). */
import { defineRule } from '../../../rules/define-rule.ts';
import { cellsFor, childOf, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8590',
  message: 'Child does not have a recorded CIN episode.',
  affectedFields: ['LAchildID'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers', 'CINdetails'],
  validate(data) {
    const withEpisodes = new Set(rowsOf(data, 'CINdetails').map(childOf));
    const without = rowsWhere(
      rowsOf(data, 'ChildIdentifiers'),
      (row) => childOf(row) !== null && !withEpisodes.has(childOf(row)),
    );
    return cellsFor('ChildIdentifiers', without, ['LAchildID']);
  },
});
