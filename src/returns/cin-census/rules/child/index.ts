/** The CIN census rules on the child (ChildIdentifiers, ChildCharacteristics, Disabilities: UPN, sex, dates of birth and death), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { RuleCin } from '../rule.ts';
import * as r1510 from './rule-1510.ts';
import * as r1520 from './rule-1520.ts';
import * as r1530 from './rule-1530.ts';
import * as r1540 from './rule-1540.ts';
import * as r1550 from './rule-1550.ts';
import * as r1560Q from './rule-1560Q.ts';
import * as r1570 from './rule-1570.ts';
import * as r1580 from './rule-1580.ts';
import * as r2886Q from './rule-2886Q.ts';
import * as r2887Q from './rule-2887Q.ts';
import * as r2888Q from './rule-2888Q.ts';
import * as r4180 from './rule-4180.ts';
import * as r4220 from './rule-4220.ts';
import * as r8500 from './rule-8500.ts';
import * as r8510 from './rule-8510.ts';
import * as r8520 from './rule-8520.ts';
import * as r8525Q from './rule-8525Q.ts';
import * as r8530Q from './rule-8530Q.ts';
import * as r8535Q from './rule-8535Q.ts';
import * as r8540 from './rule-8540.ts';
import * as r8545Q from './rule-8545Q.ts';
import * as r8590 from './rule-8590.ts';
import * as r8750 from './rule-8750.ts';
import * as r8770Q from './rule-8770Q.ts';
import * as r8772 from './rule-8772.ts';
import * as r8775Q from './rule-8775Q.ts';
import * as r8790 from './rule-8790.ts';
import * as r8794 from './rule-8794.ts';

export const childRules: RuleModule<RuleCin>[] = [
  r1510,
  r1520,
  r1530,
  r1540,
  r1550,
  r1560Q,
  r1570,
  r1580,
  r2886Q,
  r2887Q,
  r2888Q,
  r4180,
  r4220,
  r8500,
  r8510,
  r8520,
  r8525Q,
  r8530Q,
  r8535Q,
  r8540,
  r8545Q,
  r8590,
  r8750,
  r8770Q,
  r8772,
  r8775Q,
  r8790,
  r8794,
];
