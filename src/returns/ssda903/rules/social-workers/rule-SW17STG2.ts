/**
 * Social worker rule SW17STG2 (from 2025-26): a child looked after at 31 March has a social worker
 * episode open at 31 March: the child's latest social worker episode (by start date) has no end date.
 * A child whose care ended in the year (an episode with a DEC and none open) is not looked after at 31
 * March and need not still have a social worker: the open validator asks it of every child in
 * SWEpisodes, which fails a child who left care in the summer (deviation, docs/RULES.md).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { extremeByChild, flagRows, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW17STG2',
  message: 'There is no social worker episode open at 31 March',
  affectedFields: ['SW_DEC', 'SW_DECOM'],
  tables: ['SWEpisodes', 'Episodes'],
  years: { from: 2026 },
  validate(data) {
    const sw = rowsOf(data, 'SWEpisodes');
    const lookedAfterAtEnd = new Set(
      rowsOf(data, 'Episodes')
        .filter((e) => val(e, 'DEC') === null)
        .map((e) => val(e, 'CHILD')),
    );
    const flagged = [...extremeByChild(sw, 'SW_DECOM', 'latest')]
      .filter(([child, i]) => lookedAfterAtEnd.has(child) && val(sw[i], 'SW_DEC') !== null)
      .map(([, i]) => i);
    return flagRows('SWEpisodes', flagged);
  },
});
