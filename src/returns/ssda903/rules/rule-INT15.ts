/** Integrity check INT15 (open validator, not a DfE code): a child's DOB in OC3 must match the Header. */
import { defineRule } from './helpers.ts';
import { differsFromHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT15: Rule903 = defineRule({
  code: 'INT15',
  message: 'Internal Check: DOB in OC3 is different to DOB in Header.',
  affectedFields: ['DOB'],
  tables: ['Header', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => differsFromHeader(data, 'OC3', 'DOB', true));
