/**
 * DfE rule 426: a child on short breaks is either on a single-placement (V3) or a series (V4) pattern in
 * a year, not both. Every V3/V4 episode of a child who has both is flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '426',
  message: 'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.',
  affectedFields: ['LS'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const indices of groupByChild(episodes).values()) {
      const v3 = indices.filter((i) => val(episodes[i], 'LS') === 'V3');
      const v4 = indices.filter((i) => val(episodes[i], 'LS') === 'V4');
      if (v3.length > 0 && v4.length > 0) flagged.push(...v3, ...v4);
    }
    return flagRows('Episodes', flagged);
  },
});
