/**
 * DfE rule 521: the decision that adoption is in the child's best interests (AD1 DATE_INT) comes on or
 * before the date the child is placed for adoption (DECOM of an A3-A6 episode).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { ADOPTION_PLACEMENTS } from '../codes.ts';
import { dateOf } from '../dates.ts';
import { flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '521',
  message:
    "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be " +
    'placed) must be on or prior to the date the child is placed for adoption.',
  affectedFields: ['PLACE', 'DECOM', 'DATE_INT'],
  tables: ['Episodes', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const ad1 = rowsOf(data, 'AD1');
    const ad1ByChild = groupByChild(ad1);
    const episodes: number[] = [];
    const adoptions: number[] = [];
    rowsOf(data, 'Episodes').forEach((row, index) => {
      if (!(ADOPTION_PLACEMENTS as readonly string[]).includes(val(row, 'PLACE') ?? '')) return;
      const decom = dateOf(row, 'DECOM');
      for (const a of ad1ByChild.get(val(row, 'CHILD') ?? '') ?? []) {
        const decided = dateOf(ad1[a], 'DATE_INT');
        if (decom !== null && decided !== null && decided > decom) {
          episodes.push(index);
          adoptions.push(a);
        }
      }
    });
    return flagTables({ Episodes: episodes, AD1: adoptions });
  },
});
