/**
 * DfE rule 178: a placement provider, when given, must be PR0-PR5 and must not be given for
 * placements that have no provider (temporary T0-T3 and "other placement", Z1 or Z11-Z14 from 2025-26).
 */
import type { RuleInfo } from '../../../findings.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { otherPlacementCodes, PLACE_PROVIDER_CODES } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function version(years: RuleInfo['years'], codeYear: number): Rule903 {
  const noProvider = ['T0', 'T1', 'T2', 'T3', ...otherPlacementCodes(codeYear)];
  return defineRule({
    code: '178',
    message: 'Placement provider code is not a valid code.',
    affectedFields: ['PLACE_PROVIDER'],
    tables: ['Episodes'],
    years,
    validate: (data) =>
      flagRows(
        'Episodes',
        whereRows(rowsOf(data, 'Episodes'), (row) => {
          const provider = val(row, 'PLACE_PROVIDER');
          if (provider === null) return false;
          return !inCodes(provider, PLACE_PROVIDER_CODES) || inCodes(val(row, 'PLACE'), noProvider);
        }),
      ),
  });
}

export const rule178Until2025: Rule903 = version({ from: FIRST_MODELLED_YEAR, to: 2025 }, 2025);
export const rule178From2026: Rule903 = version({ from: 2026 }, 2026);

export const ruleVersions: Rule903[] = [rule178Until2025, rule178From2026];
