/**
 * DfE rule 367: short breaks (LS V3) total at most 75 days in the year. Each episode is clipped to the
 * collection year (open ones run to 31 March); all of a child's V3 episodes are flagged when over.
 */
import { daysBetween } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { collectionEnd, collectionStart, dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '367',
  message: 'The maximum amount of respite care allowable is 75 days in any 12-month period.',
  affectedFields: ['LS', 'DECOM', 'DEC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const start = collectionStart(data);
    const end = collectionEnd(data);
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const rows of groupByChild(episodes).values()) {
      const spells = rows.flatMap((i) => {
        const row = episodes[i];
        const decom = dateOf(row, 'DECOM');
        if (val(row, 'LS') !== 'V3' || decom === null) return [];
        const dec = has(row, 'DEC') ? dateOf(row, 'DEC') : end;
        if (dec === null) return [];
        const days = daysBetween(decom < start ? start : decom, dec > end ? end : dec);
        return days > 0 ? [{ i, days }] : [];
      });
      if (spells.reduce((sum, s) => sum + s.days, 0) > 75) flagged.push(...spells.map((s) => s.i));
    }
    return flagRows('Episodes', flagged);
  },
});
