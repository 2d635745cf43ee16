/** Integrity check INT34 (open validator, not a DfE code): OC3 has one row per child. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childRepeated } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT34',
  message: 'Internal Check: Child should only exist once in OC3.',
  affectedFields: ['CHILD'],
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childRepeated(data, 'OC3');
  },
});
