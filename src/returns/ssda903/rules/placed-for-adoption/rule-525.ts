/**
 * DfE rule 525: once the decision to place for adoption has been reversed (DATE_PLACED_CEASED given),
 * the child cannot also have adoption details (AD1) this year.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const ADOPTION_ITEMS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];
export const rule: Rule903 = defineRule({
  code: '525',
  message:
    'A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the ' + 'year.',
  affectedFields: [
    'DATE_PLACED_CEASED',
    'DATE_INT',
    'DATE_MATCH',
    'FOSTER_CARE',
    'NB_ADOPTR',
    'SEX_ADOPTR',
    'LS_ADOPTR',
  ],
  tables: ['PlacedAdoption', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const ad1 = rowsOf(data, 'AD1');
    const ad1ByChild = groupByChild(ad1);
    const placed: number[] = [];
    const adoptions: number[] = [];
    rowsOf(data, 'PlacedAdoption').forEach((row, index) => {
      if (val(row, 'DATE_PLACED_CEASED') === null) return;
      for (const a of ad1ByChild.get(val(row, 'CHILD') ?? '') ?? []) {
        if (ADOPTION_ITEMS.some((item) => val(ad1[a], item) !== null)) {
          placed.push(index);
          adoptions.push(a);
        }
      }
    });
    return flagTables({ PlacedAdoption: placed, AD1: adoptions });
  },
});
