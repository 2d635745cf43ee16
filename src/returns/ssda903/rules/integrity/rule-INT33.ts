/** Integrity check INT33 (open validator, not a DfE code): OC2 has one row per child. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childRepeated } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT33',
  message: 'Internal Check: Child should only exist once in OC2.',
  affectedFields: ['CHILD'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childRepeated(data, 'OC2');
  },
});
