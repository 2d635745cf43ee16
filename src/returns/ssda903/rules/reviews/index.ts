/** The SSDA903 rules on the Reviews table, one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r166 from './rule-166.ts';
import * as r167 from './rule-167.ts';
import * as r440 from './rule-440.ts';
import * as r441 from './rule-441.ts';

export const reviewsRules: RuleModule<Rule903>[] = [r166, r167, r440, r441];
