/**
 * DfE rule 632: DATE_PERM must be a date (unknown day or month may be written ZZ) before the start of
 * the child's first episode. Episodes that began in earlier years are not seen, hence the DfE note.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf, partialDate } from '../dates.ts';
import { firstEpisodes } from '../episodes.ts';
import { flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '632',
  message:
    'Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the ' +
    'period of care started before the current collection year',
  affectedFields: ['DATE_PERM', 'DECOM'],
  tables: ['Episodes', 'PrevPerm'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const prevPerm = rowsOf(data, 'PrevPerm');
    const byChild = groupByChild(prevPerm);
    const eps: number[] = [];
    const perms: number[] = [];
    for (const [child, e] of firstEpisodes(data)) {
      const decom = dateOf(episodes[e], 'DECOM')!;
      for (const p of byChild.get(child) ?? []) {
        const cell = val(prevPerm[p], 'DATE_PERM');
        const date = partialDate(cell);
        if ((cell !== null && date === null) || (date !== null && date >= decom)) {
          eps.push(e);
          perms.push(p);
        }
      }
    }
    return flagTables({ Episodes: eps, PrevPerm: perms });
  },
});
