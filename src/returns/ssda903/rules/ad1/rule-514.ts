/** DfE rule 514: a single adopter (LS_ADOPTR L0) must have a single adopter gender code (M1 or F1). */
import { defineRule } from '../../../rules/define-rule.ts';
import { adopterSexNotIn } from '../adopters.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '514',
  message:
    'Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of ' +
    'adopters shows it as a couple.',
  affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  tables: ['AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: adopterSexNotIn('L0', ['M1', 'F1']),
});
