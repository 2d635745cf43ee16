/** DfE rule 375: A temporary placement for hospitalisation (T1) lasts at most six weeks (42 days). Open episodes are not measured. */
import { defineRule } from '../../../rules/define-rule.ts';
import { placedLongerThan } from '../placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '375',
  message: 'Hospitalisation coded as a temporary placement exceeds six weeks.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: placedLongerThan('T1', 42),
});
