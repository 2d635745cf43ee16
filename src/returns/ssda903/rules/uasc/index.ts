/** The SSDA903 rules on the UASC table (unaccompanied asylum-seeking children), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r104 from './rule-104.ts';
import * as r205A from './rule-205A.ts';
import * as r205B from './rule-205B.ts';
import * as r205C from './rule-205C.ts';
import * as r205D from './rule-205D.ts';
import * as r303 from './rule-303.ts';
import * as r304 from './rule-304.ts';

export const uascRules: RuleModule<Rule903>[] = [r104, r205A, r205B, r205C, r205D, r303, r304];
