/** DfE rule 361: Police protection (L1) may last at most 72 hours (Children Act 1989 s46): a spell of consecutive L1 episodes over 3 days is flagged. */
import { defineRule } from '../../../rules/define-rule.ts';
import { spellsLongerThan } from '../legal-status-spells.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '361',
  message: 'Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.',
  affectedFields: ['DECOM', 'LS', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows('Episodes', spellsLongerThan(data, 'L1', 3));
  },
});
