/**
 * All CIN census rules, and the ones that apply to a collection year (the year of the 31 March reference
 * date: 2025 for 2024-25). Each rule is a module in the folder of the table it checks (child/,
 * cin-details/, assessments/ ...), listed in that folder's index.ts; each carries its years (`years`).
 */
import { appliesIn, rulesOfModules } from '../../rules/define-rule.ts';
import { assessmentsRules } from './assessments/index.ts';
import { childProtectionRules } from './child-protection/index.ts';
import { childRules } from './child/index.ts';
import { cinDetailsRules } from './cin-details/index.ts';
import { cinPlansRules } from './cin-plans/index.ts';
import { headerRules } from './header/index.ts';
import type { RuleCin } from './rule.ts';
import { section47Rules } from './section-47/index.ts';

/** Orders codes as numbers where they are (103 before 1103); one collator, not one per comparison. */
const CODE_ORDER = new Intl.Collator('en', { numeric: true });

/** Every rule, every year version, ordered by code (numeric) and then year. */
export const allRules: RuleCin[] = rulesOfModules([
  ...assessmentsRules,
  ...childRules,
  ...childProtectionRules,
  ...cinDetailsRules,
  ...cinPlansRules,
  ...headerRules,
  ...section47Rules,
]).sort((a, b) => CODE_ORDER.compare(a.code, b.code) || a.years.from - b.years.from);

/** The rules in force for a collection year. */
export function rulesFor(year: number): RuleCin[] {
  return allRules.filter((rule) => appliesIn(rule, year));
}

/** The rule with a code in a year, or undefined when it does not apply that year. */
export function findRule(code: string, year: number): RuleCin | undefined {
  return rulesFor(year).find((rule) => rule.code === code);
}
