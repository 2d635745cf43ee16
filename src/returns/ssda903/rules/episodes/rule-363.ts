/** DfE rule 363: A child assessment order (L3) may last at most 7 days (Children Act 1989 s43). */
import { defineRule } from '../../../rules/define-rule.ts';
import { runsLongerThan } from '../legal-status-spells.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '363',
  message: 'Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.',
  affectedFields: ['LS', 'DECOM', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows('Episodes', runsLongerThan(data, 'L3', 7));
  },
});
