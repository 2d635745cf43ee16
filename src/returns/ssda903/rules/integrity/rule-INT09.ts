/** Integrity check INT09 (open validator, not a DfE code): every child in UASC must be in the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childNotInHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT09',
  message: 'Internal Check: Child in UASC does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'UASC'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childNotInHeader(data, 'UASC');
  },
});
