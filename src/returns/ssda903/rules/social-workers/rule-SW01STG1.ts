/**
 * Social worker rule SW01STG1 (from 2023-24): a child looked after at 31 March (an open episode that is
 * not a short break) must have social worker episodes giving at least one SW_ID and SW_DECOM (and, in
 * 2023-24, SW_REASON).
 * The child's open episode is flagged, since there may be no social worker row to point at.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { val } from '../cells.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

function missingSocialWorker(items: string[]) {
  return (data: Dataset903) => {
    if (!data.current.SWEpisodes) return [];
    const sw = rowsOf(data, 'SWEpisodes');
    const byChild = groupByChild(sw);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        if (val(row, 'DEC') !== null || ['V3', 'V4'].includes(val(row, 'LS') ?? '')) return false;
        const own = byChild.get(val(row, 'CHILD') ?? '') ?? [];
        return items.some((item) => !own.some((i) => val(sw[i], item) !== null));
      }),
    );
  };
}

const spec = {
  code: 'SW01STG1',
  message: 'Child looked after on 31 March, but no social worker episode information is reported',
  affectedFields: ['DEC'],
  tables: ['SWEpisodes' as const, 'Episodes' as const],
};

export const ruleSW01STG1: Rule903 = defineRule({
  ...spec,
  years: { from: 2024, to: 2024 },
  validate: missingSocialWorker(['SW_ID', 'SW_DECOM', 'SW_REASON']),
});

/** From 2024-25 the reason is checked per episode (SW01b, SW15), so only SW_ID and SW_DECOM are needed here. */
export const ruleSW01STG1From2025: Rule903 = defineRule({
  ...spec,
  years: { from: 2025 },
  validate: missingSocialWorker(['SW_ID', 'SW_DECOM']),
});

export const ruleVersions: Rule903[] = [ruleSW01STG1, ruleSW01STG1From2025];
