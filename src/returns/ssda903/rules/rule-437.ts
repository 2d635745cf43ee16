/**
 * DfE rule 437: an episode that ends because the child died (E2) or turned 18 and moved to adult
 * services (E15) must be the child's last episode.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, groupByChild, rowsOf, val } from './helpers.ts';
import { orderedBy } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
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
}

export const rule437: Rule903 = defineRule({
  code: '437',
  message: 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
  affectedFields: ['REC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
