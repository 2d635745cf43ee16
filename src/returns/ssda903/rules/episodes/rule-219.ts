/** DfE rule 219: the placement type must be one the URN's provider is registered for. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { codeSet, providerDisagrees } from '../provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '219',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.",
  affectedFields: ['URN', 'PLACE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: {
    notPossible:
      "Needs the Ofsted provider register (URN, type, provider, postcode and registration dates), licensed data Kestrel cannot ship: the rule runs only when the register is supplied to the library (meta.providerInfo); from a council's file nothing is checked.",
  },
  validate: providerDisagrees(
    (episode, provider) => !codeSet(val(provider, 'PLACE_CODES')).includes(val(episode, 'PLACE') ?? ''),
  ),
});
