/**
 * DfE rule 630: a child starting to be looked after this year (RNE S) must have previous permanence
 * information (PrevPerm); unless PREV_PERM is Z1 (none), LA_PERM and DATE_PERM are needed too.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '630',
  message: 'Information on previous permanence option should be returned.',
  affectedFields: ['RNE'],
  tables: ['Episodes', 'PrevPerm'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.PrevPerm) return [];
    const prevPerm = rowsOf(data, 'PrevPerm');
    const byChild = groupByChild(prevPerm);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        if (val(row, 'RNE') !== 'S' || decom === null || decom < data.meta.collectionStart) return false;
        const own = byChild.get(val(row, 'CHILD') ?? '') ?? [];
        return (
          own.length === 0 ||
          own.some((p) => {
            const option = val(prevPerm[p], 'PREV_PERM');
            const detailsMissing = val(prevPerm[p], 'LA_PERM') === null || val(prevPerm[p], 'DATE_PERM') === null;
            return option === null || (option !== 'Z1' && detailsMissing);
          })
        );
      }),
    );
  },
});
