/** DfE rule 372: A child in a young offender institution or prison (R5) must be at least 10 (age of criminal responsibility). Measured at the start of the placement (DECOM). */
import { defineRule } from '../../../rules/define-rule.ts';
import { placedUnderAge } from '../placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '372',
  message: 'Child in youth custody or prison should be at least 10.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: placedUnderAge('R5', 10),
});
