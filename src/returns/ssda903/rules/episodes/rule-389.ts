/** DfE rule 389: transfer to adult social care (REC E7) needs the child to be at least 16 when care ends. */
import { defineRule } from '../../../rules/define-rule.ts';
import { ageAtEnd } from '../episode-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '389',
  message:
    'Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.',
  affectedFields: ['REC'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: ageAtEnd(['E7'], 16, true),
});
