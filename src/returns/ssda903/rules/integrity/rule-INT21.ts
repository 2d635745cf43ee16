/** Integrity check INT21 (open validator, not a DfE code): a child's SEX in UASC must match the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { differsFromHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT21',
  message: 'Internal Check: SEX in UASC is different to SEX in Header.',
  affectedFields: ['SEX'],
  tables: ['Header', 'UASC'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return differsFromHeader(data, 'UASC', 'SEX', false);
  },
});
