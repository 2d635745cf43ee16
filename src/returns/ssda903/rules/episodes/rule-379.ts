/** DfE rule 379: A temporary placement for another reason (T4) lasts at most seven days. Open episodes are not measured. */
import { defineRule } from '../../../rules/define-rule.ts';
import { placedLongerThan } from '../placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '379',
  message: 'Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: placedLongerThan('T4', 7),
});
