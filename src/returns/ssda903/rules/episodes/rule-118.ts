/**
 * DfE rule 118: DATE_PLACED_CEASED must not be before 1 April, nor before the start of the child's
 * earliest episode that is not a short break (LS V3/V4).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { collectionStart, dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '118',
  message:
    'Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.',
  affectedFields: ['DECOM', 'DECOM', 'LS'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const start = collectionStart(data);
    const episodes = rowsOf(data, 'Episodes');
    const placed = rowsOf(data, 'PlacedAdoption');
    const earliest = new Map<string, number>();
    episodes.forEach((row, i) => {
      const child = val(row, 'CHILD');
      const decom = dateOf(row, 'DECOM');
      if (child === null || decom === null || inCodes(val(row, 'LS'), RESPITE_LS)) return;
      const current = earliest.get(child);
      if (current === undefined || decom < (dateOf(episodes[current], 'DECOM') ?? '')) earliest.set(child, i);
    });
    const badEpisodes: number[] = [];
    const badPlaced: number[] = [];
    for (const [child, rows] of groupByChild(placed)) {
      const ep = earliest.get(child);
      if (ep === undefined) continue;
      const decom = dateOf(episodes[ep], 'DECOM') ?? '';
      for (const i of rows) {
        const ceased = dateOf(placed[i], 'DATE_PLACED_CEASED');
        if (ceased !== null && (ceased < decom || ceased < start)) {
          badEpisodes.push(ep);
          badPlaced.push(i);
        }
      }
    }
    return [...flagRows('Episodes', badEpisodes), ...flagRows('PlacedAdoption', badPlaced)];
  },
});
