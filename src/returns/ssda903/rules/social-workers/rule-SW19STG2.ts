/**
 * Social worker rule SW19STG2 (from 2025-26): a child cannot have two social worker episodes starting on
 * the same date; the second and later ones are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW19STG2',
  message: 'There are 2 social worker episodes for the child starting on the same date.',
  affectedFields: ['SW_DEC', 'SW_DECOM'],
  tables: ['SWEpisodes'],
  years: { from: 2026 },
  validate(data) {
    const seen = new Set<string>();
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const key = `${val(row, 'CHILD')}|${dateOf(row, 'SW_DECOM') ?? val(row, 'SW_DECOM')}`;
        if (seen.has(key)) return true;
        seen.add(key);
        return false;
      }),
    );
  },
});
