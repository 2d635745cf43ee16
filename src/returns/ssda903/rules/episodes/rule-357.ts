/**
 * DfE rule 357: a child's first episode starts a period of care, so its RNE is S. Only first episodes
 * starting on or after 1 April are checked: earlier history may not be in the return.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { collectionStart, dateOf } from '../dates.ts';
import { episodesByChild } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '357',
  message:
    'If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an ' +
    'episode immediately preceding this one, which has been left out.  If not the reason for new episode code must ' +
    'be amended to S.',
  affectedFields: ['RNE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const start = collectionStart(data);
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const ordered of episodesByChild(episodes).values()) {
      const first = ordered[0];
      const decom = first === undefined ? null : dateOf(episodes[first], 'DECOM');
      if (first !== undefined && decom !== null && decom >= start && val(episodes[first], 'RNE') !== 'S')
        flagged.push(first);
    }
    return flagRows('Episodes', flagged);
  },
});
