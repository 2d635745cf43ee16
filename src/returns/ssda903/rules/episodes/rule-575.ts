/**
 * DfE rule 575: a missing period that started during an episode that has ended must itself have ended
 * (the child cannot still be missing from a placement that is over).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '575',
  message:
    'If the placement from which the child goes missing/away from placement without authorisation ends, the ' +
    'missing/away from placement without authorisation period in the missing module must also have an end date.',
  affectedFields: ['MIS_END'],
  tables: ['Episodes', 'Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const byChild = groupByChild(episodes);
    return flagRows(
      'Missing',
      whereRows(rowsOf(data, 'Missing'), (row) => {
        const start = dateOf(row, 'MIS_START');
        if (start === null || val(row, 'MIS_END') !== null) return false;
        return (byChild.get(val(row, 'CHILD') ?? '') ?? []).some((e) => {
          const decom = dateOf(episodes[e], 'DECOM');
          const dec = dateOf(episodes[e], 'DEC');
          return decom !== null && dec !== null && start >= decom && start <= dec;
        });
      }),
    );
  },
});
