/**
 * DfE rule 213: no placement provider for temporary placements (T0-T4) or, from 2025-26, for the
 * "other placement" codes Z11-Z14.
 */
import type { RuleInfo } from '../../../findings.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function version(years: RuleInfo['years'], noProvider: readonly string[]): Rule903 {
  return defineRule({
    code: '213',
    message: 'Placement provider information not required.',
    affectedFields: ['PLACE_PROVIDER'],
    tables: ['Episodes'],
    years,
    validate: (data) =>
      flagRows(
        'Episodes',
        whereRows(
          rowsOf(data, 'Episodes'),
          (row) => inCodes(val(row, 'PLACE'), noProvider) && has(row, 'PLACE_PROVIDER'),
        ),
      ),
  });
}

const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'];
export const rule213Until2025: Rule903 = version({ from: FIRST_MODELLED_YEAR, to: 2025 }, TEMPORARY);
export const rule213From2026: Rule903 = version({ from: 2026 }, [...TEMPORARY, 'Z11', 'Z12', 'Z13', 'Z14']);

export const ruleVersions: Rule903[] = [rule213Until2025, rule213From2026];
