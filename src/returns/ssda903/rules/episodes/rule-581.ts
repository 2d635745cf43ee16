/**
 * DfE rule 581: a missing period must start during one of the child's episodes (on or after DECOM and
 * on or before DEC, or with the episode still open). A row with no valid start is flagged too.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '581',
  message: 'Child is missing but has not yet started to be looked after.',
  affectedFields: ['MIS_START'],
  tables: ['Episodes', 'Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const byChild = groupByChild(episodes);
    return flagRows(
      'Missing',
      whereRows(rowsOf(data, 'Missing'), (row) => {
        const own = byChild.get(val(row, 'CHILD') ?? '') ?? [];
        if (own.length === 0) return false;
        const start = dateOf(row, 'MIS_START');
        return !own.some((e) => {
          const decom = dateOf(episodes[e], 'DECOM');
          const dec = dateOf(episodes[e], 'DEC');
          return (
            start !== null &&
            decom !== null &&
            start >= decom &&
            (val(episodes[e], 'DEC') === null || (dec !== null && start <= dec))
          );
        });
      }),
    );
  },
});
