/** The CIN census rules on CINplanDates (child in need plans), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { RuleCin } from '../rule.ts';
import * as r4000 from './rule-4000.ts';
import * as r4001 from './rule-4001.ts';
import * as r4004 from './rule-4004.ts';
import * as r4008 from './rule-4008.ts';
import * as r4009Q from './rule-4009Q.ts';
import * as r4010 from './rule-4010.ts';
import * as r4011 from './rule-4011.ts';
import * as r4012Q from './rule-4012Q.ts';
import * as r4013 from './rule-4013.ts';
import * as r4014 from './rule-4014.ts';
import * as r4015 from './rule-4015.ts';
import * as r4016 from './rule-4016.ts';
import * as r4017 from './rule-4017.ts';

export const cinPlansRules: RuleModule<RuleCin>[] = [
  r4000,
  r4001,
  r4004,
  r4008,
  r4009Q,
  r4010,
  r4011,
  r4012Q,
  r4013,
  r4014,
  r4015,
  r4016,
  r4017,
];
