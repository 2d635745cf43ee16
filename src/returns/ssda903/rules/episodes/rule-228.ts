/**
 * DfE rule 228: an episode cannot end (or, if open, reach 31 March) after the URN's registration
 * ended. Open episodes at providers that close during the year can give false positives.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { collectionEnd, dateOf } from '../dates.ts';
import { providerDisagrees } from '../provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_OFSTED_REGISTER } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '228',
  message:
    'Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]',
  affectedFields: ['URN', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_OFSTED_REGISTER,
  validate: providerDisagrees((episode, provider, data) => {
    const ended = dateOf(provider, 'REG_END');
    const dec = has(episode, 'DEC') ? dateOf(episode, 'DEC') : collectionEnd(data);
    return ended !== null && dec !== null && dec > ended;
  }),
});
