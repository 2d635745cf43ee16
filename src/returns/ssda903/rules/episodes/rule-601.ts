/**
 * DfE rule 601: a child adopted during the year (an episode ending E11/E12 with DEC in the year) must
 * have every AD1 adoption item completed.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const ADOPTION_ITEMS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];
export const rule: Rule903 = defineRule({
  code: '601',
  message:
    'The additional fields relating to adoption have not been completed although the episode data shows that the ' +
    'child was adopted during the year.',
  affectedFields: ['REC', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  tables: ['Episodes', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const ad1 = rowsOf(data, 'AD1');
    const byChild = groupByChild(ad1);
    const { collectionStart: start, collectionEnd: end } = data.meta;
    const eps: number[] = [];
    const adoptions: number[] = [];
    rowsOf(data, 'Episodes').forEach((row, index) => {
      const dec = dateOf(row, 'DEC');
      if (dec === null || dec < start || dec > end || !['E11', 'E12'].includes(val(row, 'REC') ?? '')) return;
      for (const a of byChild.get(val(row, 'CHILD') ?? '') ?? []) {
        if (ADOPTION_ITEMS.some((item) => val(ad1[a], item) === null)) {
          eps.push(index);
          adoptions.push(a);
        }
      }
    });
    return flagTables({ AD1: adoptions, Episodes: eps });
  },
});
