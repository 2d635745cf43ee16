/** The SSDA903 rules on DoLo (deprivation of liberty orders), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r700 from './rule-700.ts';
import * as r701 from './rule-701.ts';
import * as r702 from './rule-702.ts';
import * as r703 from './rule-703.ts';
import * as r704 from './rule-704.ts';
import * as r705 from './rule-705.ts';
import * as r706 from './rule-706.ts';
import * as r707 from './rule-707.ts';
import * as r708 from './rule-708.ts';
import * as r709 from './rule-709.ts';
import * as r710 from './rule-710.ts';

export const deprivationOfLibertyRules: RuleModule<Rule903>[] = [
  r700,
  r701,
  r702,
  r703,
  r704,
  r705,
  r706,
  r707,
  r708,
  r709,
  r710,
];
