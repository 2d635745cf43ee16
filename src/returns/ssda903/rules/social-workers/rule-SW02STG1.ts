/**
 * Social worker rule SW02STG1 (from 2023-24): a social worker ID begins SW (a registered social worker's
 * number) or XX (not known). A blank ID is left to the completeness rules.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

function badId(minLength: number) {
  return (data: Dataset903) =>
    flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const id = val(row, 'SW_ID');
        return id !== null && (!['SW', 'XX'].includes(id.slice(0, 2)) || id.length < minLength);
      }),
    );
}

const spec = {
  code: 'SW02STG1',
  message: 'Social worker ID does not begin with the characters ‘SW’ or ‘XX’.',
  affectedFields: ['SW_ID'],
  tables: ['SWEpisodes' as const],
};

export const ruleSW02STG1: Rule903 = defineRule({
  ...spec,
  years: { from: 2024, to: 2025 },
  validate: badId(0),
});

/** From 2025-26 the prefix alone ('SW', 'XX') is not an ID: at least 4 characters. */
export const ruleSW02STG1From2026: Rule903 = defineRule({
  ...spec,
  years: { from: 2026 },
  validate: badId(4),
});

export const ruleVersions: Rule903[] = [ruleSW02STG1, ruleSW02STG1From2026];
