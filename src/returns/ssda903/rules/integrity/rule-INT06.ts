/** Integrity check INT06 (open validator, not a DfE code): every child in OC3 must be in the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childNotInHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT06',
  message: 'Internal Check: Child in OC3 does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childNotInHeader(data, 'OC3');
  },
});
