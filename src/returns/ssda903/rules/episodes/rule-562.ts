/**
 * DfE rule 562: a child whose first episode this year started before 1 April must have that episode as
 * the last episode (latest DECOM) of last year's return. Needs last year's Episodes.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { extremeByChild, flagRows, lastRowsOf, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '562',
  message:
    'Episode commenced before the start of the current collection year but there is a missing continuous episode ' +
    'in the previous year.',
  affectedFields: ['DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes || !data.previous?.Episodes) return [];
    const episodes = rowsOf(data, 'Episodes');
    const last = lastRowsOf(data, 'Episodes');
    const start = data.meta.collectionStart;
    const beforeYear = episodes.map((row) => {
      const decom = dateOf(row, 'DECOM');
      return decom !== null && decom < start ? row : {};
    });
    const latestLast = extremeByChild(last, 'DECOM', 'latest');
    const flagged: number[] = [];
    for (const [child, index] of extremeByChild(beforeYear, 'DECOM', 'earliest')) {
      const lastIndex = latestLast.get(child);
      const lastDecom = lastIndex === undefined ? null : dateOf(last[lastIndex], 'DECOM');
      if (lastDecom !== dateOf(episodes[index], 'DECOM')) flagged.push(index);
    }
    return flagRows('Episodes', flagged);
  },
});
