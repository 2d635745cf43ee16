/** DfE rule 517: adopters who are a married couple of different sexes (LS_ADOPTR L3) must be coded MF. */
import { defineRule } from '../../../rules/define-rule.ts';
import { adopterSexNotIn } from '../adopters.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '517',
  message:
    'If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the ' +
    'adopting couple are male and female.',
  affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: adopterSexNotIn('L3', ['MF']),
});
