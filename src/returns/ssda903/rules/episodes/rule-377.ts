/**
 * DfE rule 377: at most two temporary placements for a foster carer's holiday (T3) in a year. A child
 * with more than two T3 episodes in the return has all of them flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '377',
  message:
    'Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.',
  affectedFields: ['PLACE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const rows of groupByChild(episodes).values()) {
      const holidays = rows.filter((i) => val(episodes[i], 'PLACE') === 'T3');
      if (holidays.length > 2) flagged.push(...holidays);
    }
    return flagRows('Episodes', flagged);
  },
});
