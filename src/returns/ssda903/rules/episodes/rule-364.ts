/** DfE rule 364: Detention under PACE 1984 ss41-46 in LA accommodation (J2) is short; the DfE check allows at most 21 days. */
import { defineRule } from '../../../rules/define-rule.ts';
import { runsLongerThan } from '../legal-status-spells.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '364',
  message:
    'Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.',
  affectedFields: ['LS', 'DECOM', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows('Episodes', runsLongerThan(data, 'J2', 21));
  },
});
