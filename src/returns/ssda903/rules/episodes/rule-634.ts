/**
 * DfE rule 634: previous permanence information is collected only for children who started to be looked
 * after from 1 April 2016; a child whose latest episode began before the collection start (as the open
 * validator reads the rule) should not have it.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { extremeByChild, flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '634',
  message:
    'There are entries for previous permanence options, but child has not started to be looked after from 1 April ' +
    '2016 onwards.',
  affectedFields: ['LA_PERM', 'PREV_PERM', 'DATE_PERM', 'DECOM'],
  tables: ['Episodes', 'PrevPerm'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const byChild = groupByChild(episodes);
    const latest = extremeByChild(episodes, 'DECOM', 'latest');
    const eps: number[] = [];
    const perms: number[] = [];
    rowsOf(data, 'PrevPerm').forEach((row, index) => {
      if (!['PREV_PERM', 'DATE_PERM', 'LA_PERM'].some((item) => val(row, item) !== null)) return;
      const child = val(row, 'CHILD') ?? '';
      const last = latest.get(child);
      if (last === undefined || dateOf(episodes[last], 'DECOM')! >= data.meta.collectionStart) return;
      perms.push(index);
      eps.push(...(byChild.get(child) ?? []));
    });
    return flagTables({ Episodes: eps, PrevPerm: perms });
  },
});
