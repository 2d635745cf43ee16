/** DfE rule 631: PREV_PERM, when given, must be P1-P4 or Z1. */
import { defineRule } from '../../../rules/define-rule.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '631',
  message: 'Previous permanence option not a valid value.',
  affectedFields: ['PREV_PERM'],
  tables: ['PrevPerm'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('PrevPerm', 'PREV_PERM', ['P1', 'P2', 'P3', 'P4', 'Z1'], false),
});
