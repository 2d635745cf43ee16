/** Integrity check INT18 (open validator, not a DfE code): a child's DOB in UASC must match the Header. */
import { defineRule } from './helpers.ts';
import { differsFromHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT18: Rule903 = defineRule({
  code: 'INT18',
  message: 'Internal Check: DOB in UASC is different to DOB in Header.',
  affectedFields: ['DOB'],
  tables: ['Header', 'UASC'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => differsFromHeader(data, 'UASC', 'DOB', true));
