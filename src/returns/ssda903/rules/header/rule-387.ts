/** DfE rule 387: moving to independent living (REC E5, E6) needs the child to be at least 14 when care ends. */
import { defineRule } from '../../../rules/define-rule.ts';
import { ageAtEnd } from '../episode-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '387',
  message: 'Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.',
  affectedFields: ['REC'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: ageAtEnd(['E5', 'E6'], 14, true),
});
