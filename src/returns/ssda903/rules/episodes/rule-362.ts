/** DfE rule 362: An emergency protection order (L2) may last at most 21 days (8 days plus one 7-day extension, Children Act 1989 s45). */
import { defineRule } from '../../../rules/define-rule.ts';
import { spellsLongerThan } from '../legal-status-spells.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '362',
  message: 'Emergency protection order (EPO) lasted longer than 21 days',
  affectedFields: ['DECOM', 'LS', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows('Episodes', spellsLongerThan(data, 'L2', 21));
  },
});
