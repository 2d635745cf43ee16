/** Integrity check INT14 (open validator, not a DfE code): a child's DOB in OC2 must match the Header. */
import { defineRule } from './helpers.ts';
import { differsFromHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT14: Rule903 = defineRule({
  code: 'INT14',
  message: 'Internal Check: DOB in OC2 is different to DOB in Header.',
  affectedFields: ['DOB'],
  tables: ['Header', 'OC2'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => differsFromHeader(data, 'OC2', 'DOB', true));
