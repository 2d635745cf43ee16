/**
 * DfE rule 523: the decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED)
 * and the best-interests decision (AD1 DATE_INT) are the same decision, so the dates match.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '523',
  message:
    'Date of decision that the child should be placed for adoption should be the same date as the decision that ' +
    'adoption is in the best interest (date should be placed).',
  affectedFields: ['DATE_PLACED', 'DATE_INT'],
  tables: ['PlacedAdoption', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const ad1 = rowsOf(data, 'AD1');
    const ad1ByChild = groupByChild(ad1);
    const placed: number[] = [];
    const adoptions: number[] = [];
    rowsOf(data, 'PlacedAdoption').forEach((row, index) => {
      const datePlaced = dateOf(row, 'DATE_PLACED');
      if (datePlaced === null) return;
      for (const a of ad1ByChild.get(val(row, 'CHILD') ?? '') ?? []) {
        const decided = dateOf(ad1[a], 'DATE_INT');
        if (decided !== null && decided !== datePlaced) {
          placed.push(index);
          adoptions.push(a);
        }
      }
    });
    return flagTables({ PlacedAdoption: placed, AD1: adoptions });
  },
});
