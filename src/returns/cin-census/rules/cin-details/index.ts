/** The CIN census rules on CINdetails (episodes of need: referral, closure, primary need), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { RuleCin } from '../rule.ts';
import * as r2990 from './rule-2990.ts';
import * as r8555Q from './rule-8555Q.ts';
import * as r8565 from './rule-8565.ts';
import * as r8568 from './rule-8568.ts';
import * as r8569Q from './rule-8569Q.ts';
import * as r8585Q from './rule-8585Q.ts';
import * as r8600 from './rule-8600.ts';
import * as r8606 from './rule-8606.ts';
import * as r8610 from './rule-8610.ts';
import * as r8620 from './rule-8620.ts';
import * as r8630 from './rule-8630.ts';
import * as r8640 from './rule-8640.ts';
import * as r8650 from './rule-8650.ts';
import * as r8805 from './rule-8805.ts';
import * as r8810 from './rule-8810.ts';
import * as r8815 from './rule-8815.ts';
import * as r8816 from './rule-8816.ts';
import * as r8820 from './rule-8820.ts';
import * as r8825Q from './rule-8825Q.ts';
import * as r8831 from './rule-8831.ts';
import * as r8866 from './rule-8866.ts';
import * as r8867 from './rule-8867.ts';
import * as r8868 from './rule-8868.ts';
import * as r8873Q from './rule-8873Q.ts';

export const cinDetailsRules: RuleModule<RuleCin>[] = [
  r2990,
  r8555Q,
  r8565,
  r8568,
  r8569Q,
  r8585Q,
  r8600,
  r8606,
  r8610,
  r8620,
  r8630,
  r8640,
  r8650,
  r8805,
  r8810,
  r8815,
  r8816,
  r8820,
  r8825Q,
  r8831,
  r8866,
  r8867,
  r8868,
  r8873Q,
];
