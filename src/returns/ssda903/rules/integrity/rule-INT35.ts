/** Integrity check INT35 (open validator, not a DfE code): PrevPerm has one row per child. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childRepeated } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT35',
  message: 'Internal Check: Child should only exist once in PrevPerm.',
  affectedFields: ['CHILD'],
  tables: ['PrevPerm'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childRepeated(data, 'PrevPerm');
  },
});
