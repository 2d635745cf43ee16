/**
 * Social worker rule SW05STG1 (from 2023-24): the social worker episode end date, when given, must be a
 * date; unknown parts may be written ZZ or ZZZZ. (The DfE message says "began"; it checks SW_DEC.)
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { val } from '../cells.ts';
import { parseDate, partialDate } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

function invalid(strict: boolean) {
  return (data: Dataset903) =>
    flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const cell = val(row, 'SW_DEC');
        if (cell === null) return strict && false;
        return (strict ? parseDate(cell) : partialDate(cell)) === null;
      }),
    );
}

const spec = {
  code: 'SW05STG1',
  message: 'Date social worker episode began is not a valid date.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes' as const],
};

export const ruleSW05STG1: Rule903 = defineRule({
  ...spec,
  years: { from: 2024, to: 2025 },
  validate: invalid(false),
});

/** From 2025-26 unknown parts (ZZ) are no longer accepted. */
export const ruleSW05STG1From2026: Rule903 = defineRule({
  ...spec,
  years: { from: 2026 },
  validate: invalid(true),
});

export const ruleVersions: Rule903[] = [ruleSW05STG1, ruleSW05STG1From2026];
