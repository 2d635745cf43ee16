/** Integrity check INT32 (open validator, not a DfE code): Header has one row per child. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childRepeated } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT32',
  message: 'Internal Check: Child should only exist once in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childRepeated(data, 'Header');
  },
});
