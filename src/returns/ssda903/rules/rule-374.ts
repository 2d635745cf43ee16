/** DfE rule 374: A child in residential employment (P3) must be at least 14. Measured at the start of the placement (DECOM). */
import { minimumAgeRule } from './placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule374: Rule903 = minimumAgeRule({
  code: '374',
  message: 'Child in residential employment should be at least 14 years old.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'P3', 14);
