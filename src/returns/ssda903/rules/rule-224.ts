/** DfE rule 224: the placement provider code must be one the URN's provider is registered with. */
import { val } from './helpers.ts';
import { codeSet, providerRule } from './provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule224: Rule903 = providerRule({
  code: '224',
  message: "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
  affectedFields: ['PLACE_PROVIDER'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, (episode, provider) => !codeSet(val(provider, 'PROVIDER_CODES')).includes(val(episode, 'PLACE_PROVIDER') ?? ''));
