/** DfE 1560Q: a former UPN, where given, should be a letter followed by 12 digits. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1560Q',
  message: 'Please check and either amend or provide a reason: Former UPN wrongly formatted',
  affectedFields: ['FormerUPN'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const former = text(row, 'FormerUPN');
      return former !== null && !/^[A-Za-z]\d{12}$/.test(former);
    });
    return cellsFor('ChildIdentifiers', wrong, ['FormerUPN']);
  },
});
