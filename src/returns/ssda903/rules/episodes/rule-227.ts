/** DfE rule 227: an episode cannot start on or after the date the URN's registration ended. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { providerDisagrees } from '../provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_OFSTED_REGISTER } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '227',
  message: 'Ofsted Unique reference number (URN) is not valid for the episode start date.',
  affectedFields: ['URN', 'DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_OFSTED_REGISTER,
  validate: providerDisagrees((episode, provider) => {
    const ended = dateOf(provider, 'REG_END');
    const decom = dateOf(episode, 'DECOM');
    return ended !== null && decom !== null && decom >= ended;
  }),
});
