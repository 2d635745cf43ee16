/**
 * DfE rule 388: X1 ("episode ceases and a new one begins") and continuity must agree. An X1 episode
 * needs a next episode starting on its DEC; an episode followed by one starting on its DEC must be
 * X1 (care continued); a child's latest episode cannot end with X1. Undated starts sort first, as
 * the open validator does, so they never hide a child's latest episode.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '388',
  message: 'Reason episode ceased is coded new episode begins, but there is no continuation episode.',
  affectedFields: ['REC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const rows of groupByChild(episodes).values()) {
      const ordered = [...rows].sort((a, b) => {
        const x = dateOf(episodes[a], 'DECOM') ?? '';
        const y = dateOf(episodes[b], 'DECOM') ?? '';
        return x < y ? -1 : x > y ? 1 : a - b;
      });
      ordered.forEach((i, k) => {
        const row = episodes[i];
        const rec = val(row, 'REC');
        const dec = dateOf(row, 'DEC');
        const nextIndex = ordered[k + 1];
        if (nextIndex === undefined) {
          if (has(row, 'DEC') && dec !== null && rec === 'X1') flagged.push(i);
          return;
        }
        const nextStart = dateOf(episodes[nextIndex], 'DECOM') ?? '';
        if (dec === null) return;
        if (rec === 'X1' && dec !== nextStart) flagged.push(i);
        if (rec !== null && rec !== 'X1' && dec === nextStart) flagged.push(i);
      });
    }
    return flagRows('Episodes', flagged);
  },
});
