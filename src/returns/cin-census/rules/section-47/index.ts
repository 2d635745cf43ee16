/** The CIN census rules on Section47 (enquiries and initial child protection conferences), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { RuleCin } from '../rule.ts';
import * as r1104 from './rule-1104.ts';
import * as r2884 from './rule-2884.ts';
import * as r2889 from './rule-2889.ts';
import * as r2991Q from './rule-2991Q.ts';
import * as r8615 from './rule-8615.ts';
import * as r8675Q from './rule-8675Q.ts';
import * as r8715 from './rule-8715.ts';
import * as r8740 from './rule-8740.ts';
import * as r8839 from './rule-8839.ts';
import * as r8870Q from './rule-8870Q.ts';
import * as r8875 from './rule-8875.ts';
import * as r8890 from './rule-8890.ts';

export const section47Rules: RuleModule<RuleCin>[] = [
  r1104,
  r2884,
  r2889,
  r2991Q,
  r8615,
  r8675Q,
  r8715,
  r8740,
  r8839,
  r8870Q,
  r8875,
  r8890,
];
