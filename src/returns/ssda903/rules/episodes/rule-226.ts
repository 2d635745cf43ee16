/**
 * DfE rule 226: a move into or out of a temporary placement (T0-T4) is not a placement change, so a
 * temporary placement's episode and the episode before it have no reason for placement change.
 */
import type { RuleInfo } from '../../../findings.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { TEMPORARY_PLACEMENTS } from '../codes.ts';
import { episodesByChild } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function version(message: string, years: RuleInfo['years']): Rule903 {
  return defineRule({
    code: '226',
    message,
    affectedFields: ['REASON_PLACE_CHANGE', 'PLACE'],
    tables: ['Episodes'],
    years,
    validate(data) {
      const episodes = rowsOf(data, 'Episodes');
      const flagged: number[] = [];
      for (const ordered of episodesByChild(episodes).values()) {
        ordered.forEach((i, k) => {
          const previous = k > 0 ? episodes[ordered[k - 1] ?? -1] : undefined;
          if (
            inCodes(val(episodes[i], 'PLACE'), TEMPORARY_PLACEMENTS) &&
            (has(episodes[i], 'REASON_PLACE_CHANGE') || has(previous, 'REASON_PLACE_CHANGE'))
          )
            flagged.push(i);
        });
      }
      return flagRows('Episodes', flagged);
    },
  });
}

export const rule226Until2025: Rule903 = version('Reason for placement change is not required.', {
  from: FIRST_MODELLED_YEAR,
  to: 2025,
});
export const rule226From2026: Rule903 = version(
  'Reason for placement change is not required for temporary placements.',
  { from: 2026 },
);

export const ruleVersions: Rule903[] = [rule226Until2025, rule226From2026];
