/** Integrity check INT03 (open validator, not a DfE code): every child in Episodes must be in the Header. */
import { defineRule } from './helpers.ts';
import { childNotInHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT03: Rule903 = defineRule({
  code: 'INT03',
  message: 'Internal Check: Child in Episodes does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => childNotInHeader(data, 'Episodes'));
