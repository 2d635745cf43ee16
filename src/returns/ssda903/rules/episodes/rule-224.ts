/** DfE rule 224: the placement provider code must be one the URN's provider is registered with. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { codeSet, providerDisagrees } from '../provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '224',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
  affectedFields: ['PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: {
    notPossible:
      "Needs the Ofsted provider register (URN, type, provider, postcode and registration dates), licensed data Kestrel cannot ship: the rule runs only when the register is supplied to the library (meta.providerInfo); from a council's file nothing is checked.",
  },
  validate: providerDisagrees(
    (episode, provider) => !codeSet(val(provider, 'PROVIDER_CODES')).includes(val(episode, 'PLACE_PROVIDER') ?? ''),
  ),
});
