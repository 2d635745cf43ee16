/** Integrity check INT06 (open validator, not a DfE code): every child in OC3 must be in the Header. */
import { defineRule } from './helpers.ts';
import { childNotInHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT06: Rule903 = defineRule({
  code: 'INT06',
  message: 'Internal Check: Child in OC3 does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => childNotInHeader(data, 'OC3'));
