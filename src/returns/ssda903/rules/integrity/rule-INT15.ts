/** Integrity check INT15 (open validator, not a DfE code): a child's DOB in OC3 must match the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { differsFromHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT15',
  message: 'Internal Check: DOB in OC3 is different to DOB in Header.',
  affectedFields: ['DOB'],
  tables: ['Header', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return differsFromHeader(data, 'OC3', 'DOB', true);
  },
});
