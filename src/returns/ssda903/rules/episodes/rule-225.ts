/**
 * DfE rule 225: when an episode ends with X1 and the next episode is a change of placement (RNE P,
 * B, T or U), the reason for the placement change must be recorded, unless either placement is
 * temporary (T0-T4).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { TEMPORARY_PLACEMENTS } from '../codes.ts';
import { episodesByChild } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '225',
  message: 'Reason for placement change must be recorded.',
  affectedFields: ['REASON_PLACE_CHANGE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const ordered of episodesByChild(episodes).values()) {
      ordered.slice(0, -1).forEach((i, k) => {
        const row = episodes[i];
        const next = episodes[ordered[k + 1] ?? -1];
        if (
          val(row, 'REC') === 'X1' &&
          !has(row, 'REASON_PLACE_CHANGE') &&
          !inCodes(val(row, 'PLACE'), TEMPORARY_PLACEMENTS) &&
          inCodes(val(next, 'RNE'), ['P', 'B', 'T', 'U']) &&
          !inCodes(val(next, 'PLACE'), TEMPORARY_PLACEMENTS)
        )
          flagged.push(i);
      });
    }
    return flagRows('Episodes', flagged);
  },
});
