/**
 * DfE rule 117: DATE_PLACED and DATE_PLACED_CEASED must not be after 31 March, nor after the end (DEC)
 * of the child's latest episode that did not continue into another (REC not X1).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { collectionEnd, dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '117',
  message:
    'Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.',
  affectedFields: ['DATE_PLACED_CEASED', 'DATE_PLACED', 'DEC', 'REC', 'DECOM'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const end = collectionEnd(data);
    const episodes = rowsOf(data, 'Episodes');
    const placed = rowsOf(data, 'PlacedAdoption');
    const latest = new Map<string, number>();
    episodes.forEach((row, i) => {
      const child = val(row, 'CHILD');
      const decom = dateOf(row, 'DECOM');
      if (child === null || decom === null || val(row, 'REC') === 'X1') return;
      const current = latest.get(child);
      if (current === undefined || decom > (dateOf(episodes[current], 'DECOM') ?? '')) latest.set(child, i);
    });
    const badEpisodes: number[] = [];
    const badPlaced: number[] = [];
    for (const [child, rows] of groupByChild(placed)) {
      const ep = latest.get(child);
      if (ep === undefined) continue;
      const dec = dateOf(episodes[ep], 'DEC');
      for (const i of rows) {
        const after = (date: string | null) => date !== null && (date > end || (dec !== null && date > dec));
        if (after(dateOf(placed[i], 'DATE_PLACED')) || after(dateOf(placed[i], 'DATE_PLACED_CEASED'))) {
          badEpisodes.push(ep);
          badPlaced.push(i);
        }
      }
    }
    return [...flagRows('Episodes', badEpisodes), ...flagRows('PlacedAdoption', badPlaced)];
  },
});
