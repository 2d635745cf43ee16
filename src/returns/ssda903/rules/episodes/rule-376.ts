/** DfE rule 376: A temporary placement while the foster carers are on holiday (T3) lasts at most three weeks. Open episodes are not measured. */
import { defineRule } from '../../../rules/define-rule.ts';
import { placedLongerThan } from '../placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '376',
  message: 'Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: placedLongerThan('T3', 21),
});
