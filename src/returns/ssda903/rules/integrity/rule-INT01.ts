/** Integrity check INT01 (open validator, not a DfE code): every child in AD1 must be in the Header. */
import { defineRule } from '../../../rules/define-rule.ts';
import { childNotInHeader } from '../joins.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'INT01',
  message: 'Data Integrity Check: Child in AD1 does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return childNotInHeader(data, 'AD1');
  },
});
