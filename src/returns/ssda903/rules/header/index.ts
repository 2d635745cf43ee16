/** The SSDA903 rules on the Header table (the child: sex, date of birth, ethnicity, UPN, mother), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r101 from './rule-101.ts';
import * as r102 from './rule-102.ts';
import * as r103 from './rule-103.ts';
import * as r105 from './rule-105.ts';
import * as r165 from './rule-165.ts';
import * as r168 from './rule-168.ts';
import * as r171 from './rule-171.ts';
import * as r174 from './rule-174.ts';
import * as r184 from './rule-184.ts';
import * as r202 from './rule-202.ts';
import * as r203 from './rule-203.ts';
import * as r204 from './rule-204.ts';
import * as r208 from './rule-208.ts';
import * as r209 from './rule-209.ts';
import * as r210 from './rule-210.ts';
import * as r231 from './rule-231.ts';
import * as r232 from './rule-232.ts';
import * as r3001 from './rule-3001.ts';
import * as r301 from './rule-301.ts';
import * as r302 from './rule-302.ts';
import * as r351 from './rule-351.ts';
import * as r352 from './rule-352.ts';
import * as r358 from './rule-358.ts';
import * as r359 from './rule-359.ts';
import * as r386 from './rule-386.ts';
import * as r387 from './rule-387.ts';
import * as r393 from './rule-393.ts';
import * as r444 from './rule-444.ts';
import * as r460 from './rule-460.ts';
import * as r611 from './rule-611.ts';
import * as r612 from './rule-612.ts';
import * as r620 from './rule-620.ts';
import * as r621 from './rule-621.ts';
import * as r624 from './rule-624.ts';
import * as r626 from './rule-626.ts';

export const headerRules: RuleModule<Rule903>[] = [
  r101,
  r102,
  r103,
  r105,
  r165,
  r168,
  r171,
  r174,
  r184,
  r202,
  r203,
  r204,
  r208,
  r209,
  r210,
  r231,
  r232,
  r301,
  r302,
  r351,
  r352,
  r358,
  r359,
  r386,
  r387,
  r393,
  r444,
  r460,
  r611,
  r612,
  r620,
  r621,
  r624,
  r626,
  r3001,
];
