/**
 * Every CIN census rule, and the ones that apply to a collection year (the year of the 31 March
 * reference date: 2025 for 2024-25). A module exports `rule`, or `ruleVersions` where the DfE changed
 * a rule between years.
 */
import type { RuleCin } from './rule.ts';
import * as r100 from './rule-100.ts';
import * as r1510 from './rule-1510.ts';
import * as r1520 from './rule-1520.ts';
import * as r1530 from './rule-1530.ts';
import * as r1540 from './rule-1540.ts';
import * as r1550 from './rule-1550.ts';
import * as r1560Q from './rule-1560Q.ts';
import * as r1570 from './rule-1570.ts';
import * as r1580 from './rule-1580.ts';
import * as r4004 from './rule-4004.ts';
import * as r4010 from './rule-4010.ts';
import * as r4011 from './rule-4011.ts';
import * as r4012Q from './rule-4012Q.ts';
import * as r4013 from './rule-4013.ts';
import * as r4180 from './rule-4180.ts';
import * as r4220 from './rule-4220.ts';
import * as r8500 from './rule-8500.ts';
import * as r8510 from './rule-8510.ts';
import * as r8520 from './rule-8520.ts';
import * as r8525Q from './rule-8525Q.ts';
import * as r8530Q from './rule-8530Q.ts';
import * as r8535Q from './rule-8535Q.ts';
import * as r8545Q from './rule-8545Q.ts';
import * as r8568 from './rule-8568.ts';
import * as r8600 from './rule-8600.ts';
import * as r8608 from './rule-8608.ts';
import * as r8610 from './rule-8610.ts';
import * as r8614 from './rule-8614.ts';
import * as r8615 from './rule-8615.ts';
import * as r8620 from './rule-8620.ts';
import * as r8630 from './rule-8630.ts';
import * as r8640 from './rule-8640.ts';
import * as r8650 from './rule-8650.ts';
import * as r8670Q from './rule-8670Q.ts';
import * as r8675Q from './rule-8675Q.ts';
import * as r8696 from './rule-8696.ts';
import * as r8715 from './rule-8715.ts';
import * as r8720 from './rule-8720.ts';
import * as r8730 from './rule-8730.ts';
import * as r8736 from './rule-8736.ts';
import * as r8740 from './rule-8740.ts';
import * as r8750 from './rule-8750.ts';
import * as r8790 from './rule-8790.ts';
import * as r8794 from './rule-8794.ts';
import * as r8805 from './rule-8805.ts';
import * as r8810 from './rule-8810.ts';
import * as r8839 from './rule-8839.ts';
import * as r8840 from './rule-8840.ts';
import * as r8842Q from './rule-8842Q.ts';
import * as r8866 from './rule-8866.ts';
import * as r8869 from './rule-8869.ts';
import * as r8870Q from './rule-8870Q.ts';
import * as r8875 from './rule-8875.ts';
import * as r8896 from './rule-8896.ts';
import * as r8905 from './rule-8905.ts';
import * as r8910 from './rule-8910.ts';
import * as r8925 from './rule-8925.ts';
import * as r8930 from './rule-8930.ts';
import * as r8935 from './rule-8935.ts';
import * as r8945Q from './rule-8945Q.ts';
import * as r8950Q from './rule-8950Q.ts';

type RuleModule = { rule: RuleCin } | { ruleVersions: RuleCin[] };

const MODULES: RuleModule[] = [
  r100, r1510, r1520, r1530, r1540, r1550, r1560Q, r1570, r1580, r4004,
  r4010, r4011, r4012Q, r4013, r4180, r4220, r8500, r8510, r8520, r8525Q,
  r8530Q, r8535Q, r8545Q, r8568, r8600, r8608, r8610, r8614, r8615, r8620,
  r8630, r8640, r8650, r8670Q, r8675Q, r8696, r8715, r8720, r8730, r8736,
  r8740, r8750, r8790, r8794, r8805, r8810, r8839, r8840, r8842Q, r8866,
  r8869, r8870Q, r8875, r8896, r8905, r8910, r8925, r8930, r8935, r8945Q,
  r8950Q,
];

/** All rules, every version. */
export const RULES_CIN: RuleCin[] = MODULES.flatMap((module) => ('rule' in module ? [module.rule] : module.ruleVersions));

/** The rules in force for a collection year. */
export function rulesFor(year: number): RuleCin[] {
  return RULES_CIN.filter((rule) => rule.years.from <= year && year <= (rule.years.to ?? Number.POSITIVE_INFINITY));
}

/** The rule with a code in a year, or undefined when it does not apply that year. */
export function findRule(code: string, year: number): RuleCin | undefined {
  return rulesFor(year).find((rule) => rule.code === code);
}
