/**
 * Social worker rule SW10STG2 (from 2023-24): a new social worker episode starts within 7 days either
 * side of the end of the child's previous one; a previous episode still open, or a missing start date,
 * is also flagged. From 2024-25 a change of social worker for a family contact reason (SW_REASON FCONTA)
 * is exempt.
 */
import { addDays } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903, Row } from '../../dataset.ts';
import { val } from '../cells.ts';
import { compareDates, dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

/** Orders by SW_DECOM then SW_DEC (undated last), then table order. */
function byStartThenEnd(rows: Row[]) {
  return (a: number, b: number) => compareDates(dateOf(rows[a], 'SW_DECOM'), dateOf(rows[b], 'SW_DECOM'))
    || compareDates(dateOf(rows[a], 'SW_DEC'), dateOf(rows[b], 'SW_DEC')) || a - b;
}

/** Flags each episode whose start is not within 7 days of the previous episode's end (see above). */
export function gapNotBridged(exempt: string[]) {
  return (data: Dataset903) => {
    const sw = rowsOf(data, 'SWEpisodes');
    const flagged: number[] = [];
    for (const indices of groupByChild(sw).values()) {
      const ordered = [...indices].sort(byStartThenEnd(sw));
      for (let i = 1; i < ordered.length; i += 1) {
        const current = sw[ordered[i]!];
        if (exempt.includes(val(current, 'SW_REASON') ?? '')) continue;
        const previousEnd = dateOf(sw[ordered[i - 1]!], 'SW_DEC');
        const start = dateOf(current, 'SW_DECOM');
        const bridged = previousEnd !== null && start !== null
          && start >= addDays(previousEnd, -7) && start <= addDays(previousEnd, 7);
        if (!bridged) {
          flagged.push(ordered[i]!);
        }
      }
    }
    return flagRows('SWEpisodes', flagged);
  };
}

const spec = {
  code: 'SW10STG2',
  message: 'A new social worker episode has started before the end date of the previous social worker episode.',
  affectedFields: ['SW_DECOM'],
  tables: ['SWEpisodes' as const],
};

export const ruleSW10STG2: Rule903 = defineRule({
  ...spec,
  years: { from: 2024, to: 2024 },
  validate: gapNotBridged([]),
});

/** 2024-25: FCONTA exempt. From 2025-26 DfE split the rule into SW10aSTG2 and SW10bSTG2. */
export const ruleSW10STG2In2025: Rule903 = defineRule({
  ...spec,
  years: { from: 2025, to: 2025 },
  validate: gapNotBridged(['FCONTA']),
});

export const ruleVersions: Rule903[] = [ruleSW10STG2, ruleSW10STG2In2025];
