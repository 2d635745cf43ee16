/** DfE rule 520: adopters who are a different-sex married couple (LS_ADOPTR L11) must be coded MF. */
import { defineRule } from '../../../rules/define-rule.ts';
import { adopterSexNotIn } from '../adopters.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '520',
  message:
    'Data entry on the legal status of adopters shows different gender married couple but data entry on ' +
    'genders of adopters shows it as a same gender couple.',
  affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: adopterSexNotIn('L11', ['MF']),
});
