/**
 * DfE rule 710 (from 2026-27): a child under a DoLO cannot be in a secure children's home (K1), placed with parents
 * (P1), in a
 * young offender institution (R5) or in supported accommodation (K3) while the DoLO lasts.
 */
import type { Dataset903 } from '../dataset.ts';
import { defineRule, rowsOf, val } from './helpers.ts';
import { doloEpisodeOverlaps, flagTables } from './helpers-b.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const episodes = rowsOf(data, 'Episodes');
  const wrong = doloEpisodeOverlaps(data).filter(([, e]) =>
    ['K1', 'P1', 'R5', 'K3'].includes(val(episodes[e], 'PLACE') ?? ''));
  return flagTables({ DoLo: wrong.map(([d]) => d), Episodes: wrong.map(([, e]) => e) });
}

export const rule710: Rule903 = defineRule({
  code: '710',
  message: 'Child with a DoLO can not be placed in secure children\'s homes, with parents, young offender '
    + 'institutions, or supported accommodation.',
  affectedFields: ['DOLO_START', 'PLACE'],
  tables: ['DoLo', 'Episodes'],
  years: { from: 2027 },
}, validate);
