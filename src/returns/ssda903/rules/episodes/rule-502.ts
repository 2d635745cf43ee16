/**
 * DfE rule 502: if last year's return ended with an open episode, this year's first episode must be that
 * episode, so its start date must match.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { blank, val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstEpisodes } from '../episodes.ts';
import { flagRows, lastRowsOf, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '502',
  message:
    "Last year's record ended with an open episode. The date on which that episode started does not match the " +
    'start date of the first episode on this year’s record.',
  affectedFields: ['DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.previous?.Episodes) return [];
    const episodes = rowsOf(data, 'Episodes');
    const openLast = lastRowsOf(data, 'Episodes').filter((row) => blank(row, 'DEC'));
    const first = firstEpisodes(data);
    const flagged: number[] = [];
    for (const last of openLast) {
      const index = first.get(val(last, 'CHILD') ?? '');
      if (index === undefined) continue;
      const lastStart = dateOf(last, 'DECOM');
      if (lastStart === null || lastStart !== dateOf(episodes[index], 'DECOM')) flagged.push(index);
    }
    return flagRows('Episodes', flagged);
  },
});
