/**
 * All SSDA903 rules, and the set in force for one collection year. Each rule is a module in the folder of
 * the table or theme it checks (episodes/, header/, oc2/ ...), listed in that folder's index.ts; each rule
 * carries the collection years it applies to (`years`), so a year's set is a filter.
 */
import { appliesIn, rulesOfModules } from '../../rules/define-rule.ts';
import { ad1Rules } from './ad1/index.ts';
import { deprivationOfLibertyRules } from './deprivation-of-liberty/index.ts';
import { episodesRules } from './episodes/index.ts';
import { headerRules } from './header/index.ts';
import { integrityRules } from './integrity/index.ts';
import { missingRules } from './missing/index.ts';
import { oc2Rules } from './oc2/index.ts';
import { oc3Rules } from './oc3/index.ts';
import { placedForAdoptionRules } from './placed-for-adoption/index.ts';
import { previousPermanenceRules } from './previous-permanence/index.ts';
import { reviewsRules } from './reviews/index.ts';
import type { Rule903 } from './rule.ts';
import { socialWorkersRules } from './social-workers/index.ts';
import { uascRules } from './uasc/index.ts';

/** Orders codes as numbers where they are (103 before 1103); one collator, not one per comparison. */
const CODE_ORDER = new Intl.Collator('en', { numeric: true });

/** Every rule, every year version, ordered by code (numeric) and then year. */
export const allRules: Rule903[] = rulesOfModules([
  ...ad1Rules,
  ...deprivationOfLibertyRules,
  ...episodesRules,
  ...headerRules,
  ...integrityRules,
  ...missingRules,
  ...oc2Rules,
  ...oc3Rules,
  ...placedForAdoptionRules,
  ...previousPermanenceRules,
  ...reviewsRules,
  ...socialWorkersRules,
  ...uascRules,
]).sort((a, b) => CODE_ORDER.compare(a.code, b.code) || a.years.from - b.years.from);

/** The rules in force for the collection ending 31 March `year` (2025 = 2024-25). */
export function rulesFor(year: number): Rule903[] {
  return allRules.filter((rule) => appliesIn(rule, year));
}
