/** Integrity check INT04 (open validator, not a DfE code): every child in Missing must be in the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childNotInHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT04',
  message: 'Internal Check: Child in Missing does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childNotInHeader(data, 'Missing');
  },
});
