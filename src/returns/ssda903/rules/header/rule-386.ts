/** DfE rule 386: adoption (REC E11, E12) is only possible before the 18th birthday. */
import { defineRule } from '../../../rules/define-rule.ts';
import { ageAtEnd } from '../episode-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '386',
  message: 'Reason episode ceased is adopted but child has reached age 18.',
  affectedFields: ['REC'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: ageAtEnd(['E11', 'E12'], 18, false),
});
