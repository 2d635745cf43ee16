/**
 * DfE rule 583: when a child has more than one decision to place for adoption, every decision but the
 * latest must have ceased (DATE_PLACED_CEASED); only the latest may still be open.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { blank } from '../cells.ts';
import { extremeByChild, flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '583',
  message:
    'More than one date the child should be placed for adoption has been reported, but an earlier decision has not ' +
    'been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this ' +
    'may be in a previous year.',
  affectedFields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const placed = rowsOf(data, 'PlacedAdoption');
    const latest = extremeByChild(placed, 'DATE_PLACED', 'latest');
    const flagged: number[] = [];
    for (const [child, indices] of groupByChild(placed)) {
      const latestIndex = latest.get(child) ?? indices[0];
      for (const i of indices) if (i !== latestIndex && blank(placed[i], 'DATE_PLACED_CEASED')) flagged.push(i);
    }
    return flagRows('PlacedAdoption', flagged);
  },
});
