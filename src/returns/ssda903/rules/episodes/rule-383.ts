/**
 * DfE rule 383: after a temporary placement (T0-T4) the child returns to the placement they had
 * before it: the next episode has RNE P and the same placement type as the one before the temporary
 * placement; from 2025-26 also the same placement postcode.
 */
import type { RuleInfo } from '../../../findings.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { TEMPORARY_PLACEMENTS } from '../codes.ts';
import { episodesByChild } from '../episodes.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function version(years: RuleInfo['years'], comparePostcode: boolean): Rule903 {
  return defineRule({
    code: '383',
    message: 'A child in a temporary placement must subsequently return to his/her normal placement.',
    affectedFields: comparePostcode ? ['PLACE', 'RNE', 'PL_POST'] : ['PLACE'],
    tables: ['Episodes'],
    years,
    validate: (data) => {
      const episodes = rowsOf(data, 'Episodes');
      const flagged: number[] = [];
      for (const ordered of episodesByChild(episodes).values()) {
        ordered.forEach((i, k) => {
          if (k < 2) return;
          const now = episodes[i];
          const temporary = episodes[ordered[k - 1] ?? -1];
          const before = episodes[ordered[k - 2] ?? -1];
          if (!inCodes(val(temporary, 'PLACE'), TEMPORARY_PLACEMENTS)) return;
          const returned =
            val(now, 'RNE') === 'P' &&
            val(now, 'PLACE') === val(before, 'PLACE') &&
            (!comparePostcode || val(now, 'PL_POST') === val(before, 'PL_POST'));
          if (!returned) flagged.push(i);
        });
      }
      return flagRows('Episodes', flagged);
    },
  });
}

export const rule383Until2025: Rule903 = version({ from: FIRST_MODELLED_YEAR, to: 2025 }, false);
export const rule383From2026: Rule903 = version({ from: 2026 }, true);

export const ruleVersions: Rule903[] = [rule383Until2025, rule383From2026];
