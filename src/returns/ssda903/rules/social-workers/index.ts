/** The SSDA903 rules on the social worker episodes (SWEpisodes, from 2023-24), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as rSW01STG1 from './rule-SW01STG1.ts';
import * as rSW01aSTG1 from './rule-SW01aSTG1.ts';
import * as rSW01bSTG1 from './rule-SW01bSTG1.ts';
import * as rSW02STG1 from './rule-SW02STG1.ts';
import * as rSW03STG1 from './rule-SW03STG1.ts';
import * as rSW04STG1 from './rule-SW04STG1.ts';
import * as rSW05STG1 from './rule-SW05STG1.ts';
import * as rSW06STG2 from './rule-SW06STG2.ts';
import * as rSW07STG2 from './rule-SW07STG2.ts';
import * as rSW08STG2 from './rule-SW08STG2.ts';
import * as rSW09STG2 from './rule-SW09STG2.ts';
import * as rSW10STG2 from './rule-SW10STG2.ts';
import * as rSW10aSTG2 from './rule-SW10aSTG2.ts';
import * as rSW10bSTG2 from './rule-SW10bSTG2.ts';
import * as rSW11aSTG2 from './rule-SW11aSTG2.ts';
import * as rSW11bSTG2 from './rule-SW11bSTG2.ts';
import * as rSW12STG2 from './rule-SW12STG2.ts';
import * as rSW13STG1 from './rule-SW13STG1.ts';
import * as rSW14STG2 from './rule-SW14STG2.ts';
import * as rSW15STG2 from './rule-SW15STG2.ts';
import * as rSW16aSTG2 from './rule-SW16aSTG2.ts';
import * as rSW16bSTG2 from './rule-SW16bSTG2.ts';
import * as rSW16cSTG2 from './rule-SW16cSTG2.ts';
import * as rSW17STG2 from './rule-SW17STG2.ts';
import * as rSW18STG2 from './rule-SW18STG2.ts';
import * as rSW19STG2 from './rule-SW19STG2.ts';

export const socialWorkersRules: RuleModule<Rule903>[] = [
  rSW01STG1,
  rSW01aSTG1,
  rSW01bSTG1,
  rSW02STG1,
  rSW03STG1,
  rSW04STG1,
  rSW05STG1,
  rSW06STG2,
  rSW07STG2,
  rSW08STG2,
  rSW09STG2,
  rSW10STG2,
  rSW10aSTG2,
  rSW10bSTG2,
  rSW11aSTG2,
  rSW11bSTG2,
  rSW12STG2,
  rSW13STG1,
  rSW14STG2,
  rSW15STG2,
  rSW16aSTG2,
  rSW16bSTG2,
  rSW16cSTG2,
  rSW17STG2,
  rSW18STG2,
  rSW19STG2,
];
