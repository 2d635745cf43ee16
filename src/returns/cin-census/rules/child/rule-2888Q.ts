/**
 * DfE 2888Q (whole return): no child has more than one disability recorded, which suggests only the main
 * disability is being returned. The disability rows are returned.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, childOf, groupRows, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '2888Q',
  message:
    'Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.',
  affectedFields: ['Disability'],
  years: { from: 2023 },
  scope: 'return',
  tables: ['Disabilities'],
  validate(data) {
    const rows = rowsOf(data, 'Disabilities');
    const recorded = (row: (typeof rows)[number]) => {
      const code = text(row, 'Disability');
      return code !== null && code !== 'NONE';
    };
    const byChild = groupRows(rows, (row) => (recorded(row) ? childOf(row) : null));
    const anyWithSeveral = [...byChild.values()].some(
      (indexes) => new Set(indexes.map((i) => text(rows[i], 'Disability'))).size > 1,
    );
    return anyWithSeveral ? [] : cellsFor('Disabilities', rowsWhere(rows, recorded), ['Disability']);
  },
});
