/**
 * DfE rule 437: an episode that ends because the child died (E2) or turned 18 and moved to adult
 * services (E15) must be the child's last episode.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, orderedBy, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '437',
  message: 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
  affectedFields: ['REC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const indices of groupByChild(episodes).values()) {
      const ordered = orderedBy(episodes, indices, 'DECOM');
      ordered.slice(0, -1).forEach((i) => {
        const final = ['E2', 'E15'].includes((val(episodes[i], 'REC') ?? '').toUpperCase());
        if (final && dateOf(episodes[i], 'DECOM') !== null) flagged.push(i);
      });
    }
    return flagRows('Episodes', flagged);
  },
});
