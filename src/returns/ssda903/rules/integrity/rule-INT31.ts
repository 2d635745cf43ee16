/** Integrity check INT31 (open validator, not a DfE code): AD1 has one row per child. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childRepeated } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT31',
  message: 'Internal Check: Child should only exist once in AD1.',
  affectedFields: ['CHILD'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childRepeated(data, 'AD1');
  },
});
