/**
 * DfE rule 552: the latest decision to place for adoption (DATE_PLACED) must be on or before the day
 * the child was first placed for adoption (earliest DECOM of an A3-A6 episode).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { ADOPTION_PLACEMENTS } from '../codes.ts';
import { dateOf } from '../dates.ts';
import { extremeByChild, flagTables, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '552',
  message:
    'Date of Decision to place a child for adoption should be on or prior to the date that the child was ' +
    'placed for adoption.',
  affectedFields: ['DATE_PLACED', 'DECOM'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const placed = rowsOf(data, 'PlacedAdoption');
    const adoptionEpisodes = episodes.map((row) =>
      (ADOPTION_PLACEMENTS as readonly string[]).includes(val(row, 'PLACE') ?? '') ? row : {},
    );
    const firstPlacement = extremeByChild(adoptionEpisodes, 'DECOM', 'earliest');
    const latestDecision = extremeByChild(placed, 'DATE_PLACED', 'latest');
    const eps: number[] = [];
    const pas: number[] = [];
    for (const [child, e] of firstPlacement) {
      const p = latestDecision.get(child);
      if (p === undefined) continue;
      if (dateOf(episodes[e], 'DECOM')! < dateOf(placed[p], 'DATE_PLACED')!) {
        eps.push(e);
        pas.push(p);
      }
    }
    return flagTables({ PlacedAdoption: pas, Episodes: eps });
  },
});
