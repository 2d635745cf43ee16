/** DfE 1550: character 13 of a UPN must be a digit or a letter other than I, O and S (temporary UPNs). */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1550',
  message: 'UPN invalid (character 13 not a recognised value)',
  affectedFields: ['UPN'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const upn = text(row, 'UPN');
      if (upn === null) return false;
      const last = upn[12] ?? '';
      return !/^[0-9A-HJ-NPQRT-Z]$/.test(last);
    });
    return cellsFor('ChildIdentifiers', wrong, ['UPN']);
  },
});
