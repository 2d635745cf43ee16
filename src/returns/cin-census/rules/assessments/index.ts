/** The CIN census rules on Assessments (dates, authorisation, factors), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { RuleCin } from '../rule.ts';
import * as r1103 from './rule-1103.ts';
import * as r8608 from './rule-8608.ts';
import * as r8614 from './rule-8614.ts';
import * as r8670Q from './rule-8670Q.ts';
import * as r8696 from './rule-8696.ts';
import * as r8736 from './rule-8736.ts';
import * as r8863Q from './rule-8863Q.ts';
import * as r8869 from './rule-8869.ts';
import * as r8896 from './rule-8896.ts';
import * as r8897Q from './rule-8897Q.ts';
import * as r8898 from './rule-8898.ts';
import * as r8945Q from './rule-8945Q.ts';
import * as r8950Q from './rule-8950Q.ts';

export const assessmentsRules: RuleModule<RuleCin>[] = [
  r1103,
  r8608,
  r8614,
  r8670Q,
  r8696,
  r8736,
  r8863Q,
  r8869,
  r8896,
  r8897Q,
  r8898,
  r8945Q,
  r8950Q,
];
