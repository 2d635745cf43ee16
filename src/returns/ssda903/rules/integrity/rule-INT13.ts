/** Integrity check INT13 (open validator, not a DfE code): a child's DOB in Missing must match the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { differsFromHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT13',
  message: 'Internal Check: DOB in Missing is different to DOB in Header.',
  affectedFields: ['DOB'],
  tables: ['Header', 'Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return differsFromHeader(data, 'Missing', 'DOB', true);
  },
});
