/** DfE rule 224: the placement provider code must be one the URN's provider is registered with. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { codeSet, providerDisagrees } from '../provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_OFSTED_REGISTER } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '224',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
  affectedFields: ['PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_OFSTED_REGISTER,
  validate: providerDisagrees(
    (episode, provider) => !codeSet(val(provider, 'PROVIDER_CODES')).includes(val(episode, 'PLACE_PROVIDER') ?? ''),
  ),
});
