/**
 * DfE rule 452: when the first episode this year continues last year's open final episode (same RNE),
 * the LA of placement must be the same.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { sameCell, val } from '../cells.ts';
import { continuedEpisodes } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '452',
  message:
    'Contradiction between local authority of placement code in the last episode of the previous year and in the ' +
    'first episode of the current year.',
  affectedFields: ['PL_LA'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged = continuedEpisodes(data, 'blank')
      .filter(([index, last]) => {
        const row = episodes[index];
        return val(row, 'RNE') !== null && val(row, 'RNE') === val(last, 'RNE') && !sameCell(row, last, 'PL_LA', true);
      })
      .map(([index]) => index);
    return flagRows('Episodes', flagged);
  },
});
