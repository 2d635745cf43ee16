/** The SSDA903 rules on OC2 (children looked after for 12 months: health, offending, substance misuse), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r157 from './rule-157.ts';
import * as r158 from './rule-158.ts';
import * as r159 from './rule-159.ts';
import * as r180 from './rule-180.ts';
import * as r181 from './rule-181.ts';
import * as r182 from './rule-182.ts';
import * as r188 from './rule-188.ts';
import * as r189 from './rule-189.ts';
import * as r190 from './rule-190.ts';
import * as r191 from './rule-191.ts';
import * as r192 from './rule-192.ts';
import * as r193 from './rule-193.ts';
import * as r196 from './rule-196.ts';
import * as r197B from './rule-197B.ts';
import * as r197a from './rule-197a.ts';
import * as r215 from './rule-215.ts';
import * as r542 from './rule-542.ts';
import * as r544 from './rule-544.ts';
import * as r547 from './rule-547.ts';

export const oc2Rules: RuleModule<Rule903>[] = [
  r157,
  r158,
  r159,
  r180,
  r181,
  r182,
  r188,
  r189,
  r190,
  r191,
  r192,
  r193,
  r196,
  r197B,
  r197a,
  r215,
  r542,
  r544,
  r547,
];
