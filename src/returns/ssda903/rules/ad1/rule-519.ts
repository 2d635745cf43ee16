/** DfE rule 519: adopters in a civil partnership (LS_ADOPTR L2) must have a couple gender code (MM, FF or MF). */
import { defineRule } from '../../../rules/define-rule.ts';
import { adopterSexNotIn } from '../adopters.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '519',
  message:
    'Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders ' +
    'of adopters does not show it as a couple.',
  affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: adopterSexNotIn('L2', ['MM', 'FF', 'MF']),
});
