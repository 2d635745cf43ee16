/** The SSDA903 rules on OC3 (care leavers), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r131 from './rule-131.ts';
import * as r132 from './rule-132.ts';
import * as r133 from './rule-133.ts';
import * as r134 from './rule-134.ts';
import * as r153 from './rule-153.ts';
import * as r187 from './rule-187.ts';
import * as r344 from './rule-344.ts';
import * as r345 from './rule-345.ts';
import * as r347 from './rule-347.ts';
import * as r348 from './rule-348.ts';
import * as r391 from './rule-391.ts';

export const oc3Rules: RuleModule<Rule903>[] = [r131, r132, r133, r134, r153, r187, r344, r345, r347, r348, r391];
