/** DfE rule 227: an episode cannot start on or after the date the URN's registration ended. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { providerDisagrees } from '../provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '227',
  message: 'Ofsted Unique reference number (URN) is not valid for the episode start date.',
  affectedFields: ['URN', 'DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: {
    notPossible:
      "Needs the Ofsted provider register (URN, type, provider, postcode and registration dates), licensed data Kestrel cannot ship: the rule runs only when the register is supplied to the library (meta.providerInfo); from a council's file nothing is checked.",
  },
  validate: providerDisagrees((episode, provider) => {
    const ended = dateOf(provider, 'REG_END');
    const decom = dateOf(episode, 'DECOM');
    return ended !== null && decom !== null && decom >= ended;
  }),
});
