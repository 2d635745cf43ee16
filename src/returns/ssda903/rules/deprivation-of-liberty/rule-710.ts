/**
 * DfE rule 710 (from 2026-27): a child under a DoLO cannot be in a secure children's home (K1), placed with parents
 * (P1), in a
 * young offender institution (R5) or in supported accommodation (K3) while the DoLO lasts.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { doloEpisodeOverlaps } from '../episodes.ts';
import { flagTables, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '710',
  message:
    "Child with a DoLO can not be placed in secure children's homes, with parents, young offender " +
    'institutions, or supported accommodation.',
  affectedFields: ['DOLO_START', 'PLACE'],
  tables: ['DoLo', 'Episodes'],
  years: { from: 2027 },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const wrong = doloEpisodeOverlaps(data).filter(([, e]) =>
      ['K1', 'P1', 'R5', 'K3'].includes(val(episodes[e], 'PLACE') ?? ''),
    );
    return flagTables({ DoLo: wrong.map(([d]) => d), Episodes: wrong.map(([, e]) => e) });
  },
});
