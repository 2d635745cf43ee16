/** Integrity check INT07 (open validator, not a DfE code): every child in PrevPerm must be in the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childNotInHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT07',
  message: 'Internal Check: Child in PrevPerm does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'PrevPerm'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childNotInHeader(data, 'PrevPerm');
  },
});
