/** The SSDA903 rules on PrevPerm (previous permanence), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r631 from './rule-631.ts';
import * as r633 from './rule-633.ts';
import * as r635 from './rule-635.ts';

export const previousPermanenceRules: RuleModule<Rule903>[] = [r631, r633, r635];
