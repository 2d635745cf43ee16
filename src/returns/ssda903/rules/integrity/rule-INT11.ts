/** Integrity check INT11 (open validator, not a DfE code): a child's DOB in AD1 must match the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { differsFromHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT11',
  message: 'Internal Check: DOB in AD1 is different to DOB in Header.',
  affectedFields: ['DOB'],
  tables: ['Header', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return differsFromHeader(data, 'AD1', 'DOB', true);
  },
});
