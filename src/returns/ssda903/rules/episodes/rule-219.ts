/** DfE rule 219: the placement type must be one the URN's provider is registered for. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { codeSet, providerDisagrees } from '../provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_OFSTED_REGISTER } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '219',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.",
  affectedFields: ['URN', 'PLACE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_OFSTED_REGISTER,
  validate: providerDisagrees(
    (episode, provider) => !codeSet(val(provider, 'PLACE_CODES')).includes(val(episode, 'PLACE') ?? ''),
  ),
});
