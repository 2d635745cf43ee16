/** DfE rule 374: A child in residential employment (P3) must be at least 14. Measured at the start of the placement (DECOM). */
import { defineRule } from '../../../rules/define-rule.ts';
import { placedUnderAge } from '../placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '374',
  message: 'Child in residential employment should be at least 14 years old.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: placedUnderAge('P3', 14),
});
