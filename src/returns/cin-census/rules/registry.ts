/**
 * Every CIN census rule, and the ones that apply to a collection year (the year of the 31 March
 * reference date: 2025 for 2024-25). A module exports `rule`, or `ruleVersions` where the DfE changed
 * a rule between years.
 */
import type { RuleCin } from './rule.ts';
import * as r100 from './rule-100.ts';
import * as r1103 from './rule-1103.ts';
import * as r1104 from './rule-1104.ts';
import * as r1105 from './rule-1105.ts';
import * as r1510 from './rule-1510.ts';
import * as r1520 from './rule-1520.ts';
import * as r1530 from './rule-1530.ts';
import * as r1540 from './rule-1540.ts';
import * as r1550 from './rule-1550.ts';
import * as r1560Q from './rule-1560Q.ts';
import * as r1570 from './rule-1570.ts';
import * as r1580 from './rule-1580.ts';
import * as r2883 from './rule-2883.ts';
import * as r2884 from './rule-2884.ts';
import * as r2885 from './rule-2885.ts';
import * as r2886Q from './rule-2886Q.ts';
import * as r2887Q from './rule-2887Q.ts';
import * as r2888Q from './rule-2888Q.ts';
import * as r2889 from './rule-2889.ts';
import * as r2990 from './rule-2990.ts';
import * as r2991Q from './rule-2991Q.ts';
import * as r4000 from './rule-4000.ts';
import * as r4001 from './rule-4001.ts';
import * as r4003 from './rule-4003.ts';
import * as r4004 from './rule-4004.ts';
import * as r4008 from './rule-4008.ts';
import * as r4009Q from './rule-4009Q.ts';
import * as r4010 from './rule-4010.ts';
import * as r4011 from './rule-4011.ts';
import * as r4012Q from './rule-4012Q.ts';
import * as r4013 from './rule-4013.ts';
import * as r4014 from './rule-4014.ts';
import * as r4015 from './rule-4015.ts';
import * as r4016 from './rule-4016.ts';
import * as r4017 from './rule-4017.ts';
import * as r4180 from './rule-4180.ts';
import * as r4220 from './rule-4220.ts';
import * as r8500 from './rule-8500.ts';
import * as r8510 from './rule-8510.ts';
import * as r8520 from './rule-8520.ts';
import * as r8525Q from './rule-8525Q.ts';
import * as r8530Q from './rule-8530Q.ts';
import * as r8535Q from './rule-8535Q.ts';
import * as r8540 from './rule-8540.ts';
import * as r8545Q from './rule-8545Q.ts';
import * as r8555Q from './rule-8555Q.ts';
import * as r8565 from './rule-8565.ts';
import * as r8568 from './rule-8568.ts';
import * as r8569Q from './rule-8569Q.ts';
import * as r8585Q from './rule-8585Q.ts';
import * as r8590 from './rule-8590.ts';
import * as r8600 from './rule-8600.ts';
import * as r8606 from './rule-8606.ts';
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
import * as r8770Q from './rule-8770Q.ts';
import * as r8772 from './rule-8772.ts';
import * as r8775Q from './rule-8775Q.ts';
import * as r8790 from './rule-8790.ts';
import * as r8794 from './rule-8794.ts';
import * as r8805 from './rule-8805.ts';
import * as r8810 from './rule-8810.ts';
import * as r8815 from './rule-8815.ts';
import * as r8816 from './rule-8816.ts';
import * as r8820 from './rule-8820.ts';
import * as r8825Q from './rule-8825Q.ts';
import * as r8831 from './rule-8831.ts';
import * as r8832 from './rule-8832.ts';
import * as r8839 from './rule-8839.ts';
import * as r8840 from './rule-8840.ts';
import * as r8841 from './rule-8841.ts';
import * as r8842Q from './rule-8842Q.ts';
import * as r8863Q from './rule-8863Q.ts';
import * as r8866 from './rule-8866.ts';
import * as r8867 from './rule-8867.ts';
import * as r8868 from './rule-8868.ts';
import * as r8869 from './rule-8869.ts';
import * as r8870Q from './rule-8870Q.ts';
import * as r8873Q from './rule-8873Q.ts';
import * as r8875 from './rule-8875.ts';
import * as r8890 from './rule-8890.ts';
import * as r8896 from './rule-8896.ts';
import * as r8897Q from './rule-8897Q.ts';
import * as r8898 from './rule-8898.ts';
import * as r8905 from './rule-8905.ts';
import * as r8910 from './rule-8910.ts';
import * as r8915 from './rule-8915.ts';
import * as r8920 from './rule-8920.ts';
import * as r8925 from './rule-8925.ts';
import * as r8930 from './rule-8930.ts';
import * as r8935 from './rule-8935.ts';
import * as r8940 from './rule-8940.ts';
import * as r8945Q from './rule-8945Q.ts';
import * as r8950Q from './rule-8950Q.ts';

type RuleModule = { rule: RuleCin } | { ruleVersions: RuleCin[] };

const MODULES: RuleModule[] = [
  r100, r1103, r1104, r1105, r1510, r1520, r1530, r1540, r1550, r1560Q,
  r1570, r1580, r2883, r2884, r2885, r2886Q, r2887Q, r2888Q, r2889, r2990,
  r2991Q, r4000, r4001, r4003, r4004, r4008, r4009Q, r4010, r4011, r4012Q,
  r4013, r4014, r4015, r4016, r4017, r4180, r4220, r8500, r8510, r8520,
  r8525Q, r8530Q, r8535Q, r8540, r8545Q, r8555Q, r8565, r8568, r8569Q, r8585Q,
  r8590, r8600, r8606, r8608, r8610, r8614, r8615, r8620, r8630, r8640,
  r8650, r8670Q, r8675Q, r8696, r8715, r8720, r8730, r8736, r8740, r8750,
  r8770Q, r8772, r8775Q, r8790, r8794, r8805, r8810, r8815, r8816, r8820,
  r8825Q, r8831, r8832, r8839, r8840, r8841, r8842Q, r8863Q, r8866, r8867,
  r8868, r8869, r8870Q, r8873Q, r8875, r8890, r8896, r8897Q, r8898, r8905,
  r8910, r8915, r8920, r8925, r8930, r8935, r8940, r8945Q, r8950Q,
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
