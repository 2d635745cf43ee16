/** Integrity check INT07 (open validator, not a DfE code): every child in PrevPerm must be in the Header. */
import { defineRule } from './helpers.ts';
import { childNotInHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT07: Rule903 = defineRule({
  code: 'INT07',
  message: 'Internal Check: Child in PrevPerm does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'PrevPerm'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => childNotInHeader(data, 'PrevPerm'));
