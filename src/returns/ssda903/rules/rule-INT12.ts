/** Integrity check INT12 (open validator, not a DfE code): a child's DOB in PlacedAdoption must match the Header. */
import { defineRule } from './helpers.ts';
import { differsFromHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT12: Rule903 = defineRule({
  code: 'INT12',
  message: 'Internal Check: DOB in PlacedAdoption is different to DOB in Header.',
  affectedFields: ['DOB'],
  tables: ['Header', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => differsFromHeader(data, 'PlacedAdoption', 'DOB', true));
