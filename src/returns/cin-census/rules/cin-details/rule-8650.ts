/** DfE 8650: a primary need code, where given, must be in the Primary Need code set. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { primaryNeedCodes } from '../codes.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8650',
  message: 'Primary Need Code invalid (see Primary Need table in CIN census code set)',
  affectedFields: ['PrimaryNeedCode'],
  years: { from: 2023 },
  tables: ['CINdetails'],
  validate(data) {
    const valid = primaryNeedCodes(data.meta.year);
    const wrong = rowsWhere(rowsOf(data, 'CINdetails'), (row) => {
      const need = text(row, 'PrimaryNeedCode');
      return need !== null && !valid.has(need);
    });
    return cellsFor('CINdetails', wrong, ['PrimaryNeedCode']);
  },
});
