/** Integrity check INT09 (open validator, not a DfE code): every child in UASC must be in the Header. */
import { defineRule } from './helpers.ts';
import { childNotInHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT09: Rule903 = defineRule({
  code: 'INT09',
  message: 'Internal Check: Child in UASC does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'UASC'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => childNotInHeader(data, 'UASC'));
