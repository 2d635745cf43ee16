/**
 * DfE rule 142: every episode but a child's latest must have ended: DEC and REC are both needed when
 * a later episode follows.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { episodesByChild } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '142',
  message: 'A new episode has started, but the previous episode has not ended.',
  affectedFields: ['DEC', 'REC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const ordered of episodesByChild(episodes).values()) {
      const dated = ordered.filter((i) => dateOf(episodes[i], 'DECOM') !== null);
      for (const i of dated.slice(0, -1)) {
        if (!has(episodes[i], 'DEC') || !has(episodes[i], 'REC')) flagged.push(i);
      }
    }
    return flagRows('Episodes', flagged);
  },
});
