/** DfE 8640: a reason for closure, where given, must be in the Reason for Closure code set (RC9 from 2022-23). */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { reasonsForClosure } from '../codes.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8640',
  message: 'CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)',
  affectedFields: ['ReasonForClosure'],
  years: { from: 2023 },
  tables: ['CINdetails'],
  validate(data) {
    const valid = reasonsForClosure(data.meta.year);
    const wrong = rowsWhere(rowsOf(data, 'CINdetails'), (row) => {
      const reason = text(row, 'ReasonForClosure');
      return reason !== null && !valid.has(reason);
    });
    return cellsFor('CINdetails', wrong, ['ReasonForClosure']);
  },
});
