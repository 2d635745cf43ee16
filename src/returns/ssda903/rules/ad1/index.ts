/** The SSDA903 rules on AD1 (adoptions), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r112 from './rule-112.ts';
import * as r113 from './rule-113.ts';
import * as r114 from './rule-114.ts';
import * as r151 from './rule-151.ts';
import * as r175 from './rule-175.ts';
import * as r176 from './rule-176.ts';
import * as r177 from './rule-177.ts';
import * as r331 from './rule-331.ts';
import * as r333 from './rule-333.ts';
import * as r511 from './rule-511.ts';
import * as r514 from './rule-514.ts';
import * as r517 from './rule-517.ts';
import * as r518 from './rule-518.ts';
import * as r519 from './rule-519.ts';
import * as r520 from './rule-520.ts';
import * as r524 from './rule-524.ts';

export const ad1Rules: RuleModule<Rule903>[] = [
  r112,
  r113,
  r114,
  r151,
  r175,
  r176,
  r177,
  r331,
  r333,
  r511,
  r514,
  r517,
  r518,
  r519,
  r520,
  r524,
];
