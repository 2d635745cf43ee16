/**
 * DfE rule 146: the placement type must be a code of the year. H5 and P2 were withdrawn and K3 added
 * in 2024-25; Z1 was replaced by Z11-Z14 in 2025-26 (see codes.ts).
 */
import type { RuleInfo } from '../../../findings.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { placeCodes } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function spec(years: RuleInfo['years']): Pick<Rule903, 'code' | 'message' | 'affectedFields' | 'tables' | 'years'> {
  return {
    code: '146',
    message: 'Placement type code is not a valid code.',
    affectedFields: ['PLACE'],
    tables: ['Episodes'],
    years,
  };
}

export const rule146Until2024: Rule903 = defineRule({
  ...spec({ from: FIRST_MODELLED_YEAR, to: 2024 }),
  validate: invalidCode('Episodes', 'PLACE', placeCodes(2024), false),
});
export const rule146In2025: Rule903 = defineRule({
  ...spec({ from: 2025, to: 2025 }),
  validate: invalidCode('Episodes', 'PLACE', placeCodes(2025), false),
});
export const rule146From2026: Rule903 = defineRule({
  ...spec({ from: 2026 }),
  validate: invalidCode('Episodes', 'PLACE', placeCodes(2026), false),
});

export const ruleVersions: Rule903[] = [rule146Until2024, rule146In2025, rule146From2026];
