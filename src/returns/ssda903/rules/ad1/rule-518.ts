/** DfE rule 518: a same-sex married couple (LS_ADOPTR L4) must be coded MM or FF. */
import { defineRule } from '../../../rules/define-rule.ts';
import { adopterSexNotIn } from '../adopters.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '518',
  message:
    'If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM ' +
    '= the adopting couple are both males. FF = the adopting couple are both females.',
  affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: adopterSexNotIn('L4', ['MM', 'FF']),
});
