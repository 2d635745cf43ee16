/**
 * DfE rule 709 (from 2026-27): a child under a DoLO is expected to be in a secure children's home placed for welfare
 * reasons (K2)
 * or an "other" placement Z12/Z13; any other placement overlapping the DoLO is flagged. The DfE item is
 * PLACE (the open validator's tests call it PLACEMENT).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { doloEpisodeOverlaps } from '../episodes.ts';
import { flagTables, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '709',
  message: 'Child with a DoLO is in an unexpected placement type.',
  affectedFields: ['DOLO_START', 'PLACE'],
  tables: ['DoLo', 'Episodes'],
  years: { from: 2027 },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const wrong = doloEpisodeOverlaps(data).filter(
      ([, e]) => !['K2', 'Z12', 'Z13'].includes(val(episodes[e], 'PLACE') ?? ''),
    );
    return flagTables({ DoLo: wrong.map(([d]) => d), Episodes: wrong.map(([, e]) => e) });
  },
});
