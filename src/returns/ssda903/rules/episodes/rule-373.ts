/** DfE rule 373: A child placed in a residential school (S1) must be at least 4. Measured at the start of the placement (DECOM). */
import { defineRule } from '../../../rules/define-rule.ts';
import { placedUnderAge } from '../placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '373',
  message: 'Child placed in a school should be at least 4 years old.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: placedUnderAge('S1', 4),
});
