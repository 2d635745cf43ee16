/** Integrity check INT16 (open validator, not a DfE code): a child's DOB in PrevPerm must match the Header. */
import { defineRule } from './helpers.ts';
import { differsFromHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT16: Rule903 = defineRule({
  code: 'INT16',
  message: 'Internal Check: DOB in PrevPerm is different to DOB in Header.',
  affectedFields: ['DOB'],
  tables: ['Header', 'PrevPerm'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => differsFromHeader(data, 'PrevPerm', 'DOB', true));
