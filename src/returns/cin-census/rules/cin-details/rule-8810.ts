/** DfE 8810: a reason for closure needs a closure date. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8810',
  message: 'A CIN case cannot have a Reason for Closure without a CIN Closure Date',
  affectedFields: ['ReasonForClosure', 'CINclosureDate'],
  years: { from: 2023 },
  tables: ['CINdetails'],
  validate(data) {
    const wrong = rowsWhere(
      rowsOf(data, 'CINdetails'),
      (row) => text(row, 'ReasonForClosure') !== null && text(row, 'CINclosureDate') === null,
    );
    return cellsFor('CINdetails', wrong, ['ReasonForClosure', 'CINclosureDate']);
  },
});
