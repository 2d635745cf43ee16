/** Integrity check INT03 (open validator, not a DfE code): every child in Episodes must be in the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childNotInHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT03',
  message: 'Internal Check: Child in Episodes does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childNotInHeader(data, 'Episodes');
  },
});
