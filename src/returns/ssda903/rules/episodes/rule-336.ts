/**
 * DfE rule 336: a placement for adoption (A3, A4 as the open validator applies it) must follow a
 * foster or adoption placement (U1-U6, A3-A6). A child's first episode has no predecessor to check.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { ADOPTION_PLACEMENTS, FOSTER_PLACEMENTS } from '../codes.ts';
import { episodesByChild } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const ALLOWED_BEFORE = [...ADOPTION_PLACEMENTS, ...FOSTER_PLACEMENTS];

export const rule: Rule903 = defineRule({
  code: '336',
  message: 'Child does not have a foster placement immediately prior to being placed for adoption.',
  affectedFields: ['PLACE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const ordered of episodesByChild(episodes).values()) {
      ordered.forEach((i, k) => {
        if (k === 0 || !inCodes(val(episodes[i], 'PLACE'), ['A3', 'A4'])) return;
        if (!inCodes(val(episodes[ordered[k - 1] ?? -1], 'PLACE'), ALLOWED_BEFORE)) flagged.push(i);
      });
    }
    return flagRows('Episodes', flagged);
  },
});
