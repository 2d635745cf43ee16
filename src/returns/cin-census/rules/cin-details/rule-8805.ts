/** DfE 8805: a closed episode (closure date given) needs a reason for closure. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8805',
  message: 'A CIN case cannot have a CIN closure date without a Reason for Closure',
  affectedFields: ['CINclosureDate', 'ReasonForClosure'],
  years: { from: 2023 },
  tables: ['CINdetails'],
  validate(data) {
    const wrong = rowsWhere(
      rowsOf(data, 'CINdetails'),
      (row) => text(row, 'CINclosureDate') !== null && text(row, 'ReasonForClosure') === null,
    );
    return cellsFor('CINdetails', wrong, ['CINclosureDate', 'ReasonForClosure']);
  },
});
