/** Integrity check INT21 (open validator, not a DfE code): a child's SEX in UASC must match the Header. */
import { defineRule } from './helpers.ts';
import { differsFromHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT21: Rule903 = defineRule({
  code: 'INT21',
  message: 'Internal Check: SEX in UASC is different to SEX in Header.',
  affectedFields: ['SEX'],
  tables: ['Header', 'UASC'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => differsFromHeader(data, 'UASC', 'SEX', false));
