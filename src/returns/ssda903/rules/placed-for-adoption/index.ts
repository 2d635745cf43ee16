/** The SSDA903 rules on PlacedAdoption (decisions to place for adoption), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r115 from './rule-115.ts';
import * as r116 from './rule-116.ts';
import * as r119 from './rule-119.ts';
import * as r120 from './rule-120.ts';
import * as r522 from './rule-522.ts';
import * as r523 from './rule-523.ts';
import * as r525 from './rule-525.ts';
import * as r559 from './rule-559.ts';
import * as r560 from './rule-560.ts';
import * as r561 from './rule-561.ts';
import * as r563 from './rule-563.ts';
import * as r579 from './rule-579.ts';
import * as r583 from './rule-583.ts';
import * as r584 from './rule-584.ts';

export const placedForAdoptionRules: RuleModule<Rule903>[] = [
  r115,
  r116,
  r119,
  r120,
  r522,
  r523,
  r525,
  r559,
  r560,
  r561,
  r563,
  r579,
  r583,
  r584,
];
