/** The SSDA903 rules on the Missing table (missing and away from placement), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r1004 from './rule-1004.ts';
import * as r1005 from './rule-1005.ts';
import * as r1006 from './rule-1006.ts';
import * as r564 from './rule-564.ts';
import * as r565 from './rule-565.ts';
import * as r566 from './rule-566.ts';
import * as r567 from './rule-567.ts';
import * as r570 from './rule-570.ts';
import * as r571 from './rule-571.ts';
import * as r574 from './rule-574.ts';
import * as r576 from './rule-576.ts';
import * as r586 from './rule-586.ts';

export const missingRules: RuleModule<Rule903>[] = [
  r564,
  r565,
  r566,
  r567,
  r570,
  r571,
  r574,
  r576,
  r586,
  r1004,
  r1005,
  r1006,
];
