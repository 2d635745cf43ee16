/** Integrity check INT12 (open validator, not a DfE code): a child's DOB in PlacedAdoption must match the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { differsFromHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT12',
  message: 'Internal Check: DOB in PlacedAdoption is different to DOB in Header.',
  affectedFields: ['DOB'],
  tables: ['Header', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return differsFromHeader(data, 'PlacedAdoption', 'DOB', true);
  },
});
