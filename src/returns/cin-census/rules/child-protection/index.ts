/** The CIN census rules on ChildProtectionPlans and their Reviews, one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { RuleCin } from '../rule.ts';
import * as r1105 from './rule-1105.ts';
import * as r2883 from './rule-2883.ts';
import * as r2885 from './rule-2885.ts';
import * as r4003 from './rule-4003.ts';
import * as r8720 from './rule-8720.ts';
import * as r8730 from './rule-8730.ts';
import * as r8832 from './rule-8832.ts';
import * as r8840 from './rule-8840.ts';
import * as r8841 from './rule-8841.ts';
import * as r8842Q from './rule-8842Q.ts';
import * as r8905 from './rule-8905.ts';
import * as r8910 from './rule-8910.ts';
import * as r8915 from './rule-8915.ts';
import * as r8920 from './rule-8920.ts';
import * as r8925 from './rule-8925.ts';
import * as r8930 from './rule-8930.ts';
import * as r8935 from './rule-8935.ts';
import * as r8940 from './rule-8940.ts';

export const childProtectionRules: RuleModule<RuleCin>[] = [
  r1105,
  r2883,
  r2885,
  r4003,
  r8720,
  r8730,
  r8832,
  r8840,
  r8841,
  r8842Q,
  r8905,
  r8910,
  r8915,
  r8920,
  r8925,
  r8930,
  r8935,
  r8940,
];
