/** DfE rule 372: A child in a young offender institution or prison (R5) must be at least 10 (age of criminal responsibility). Measured at the start of the placement (DECOM). */
import { minimumAgeRule } from './placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule372: Rule903 = minimumAgeRule({
  code: '372',
  message: 'Child in youth custody or prison should be at least 10.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, 'R5', 10);
