/** The SSDA903 rules on the integrity of the return (INT: rows whose child is not in the Header or disagrees with it; EPI, NoE), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as rEPI from './rule-EPI.ts';
import * as rINT01 from './rule-INT01.ts';
import * as rINT02 from './rule-INT02.ts';
import * as rINT03 from './rule-INT03.ts';
import * as rINT04 from './rule-INT04.ts';
import * as rINT05 from './rule-INT05.ts';
import * as rINT06 from './rule-INT06.ts';
import * as rINT07 from './rule-INT07.ts';
import * as rINT08 from './rule-INT08.ts';
import * as rINT09 from './rule-INT09.ts';
import * as rINT11 from './rule-INT11.ts';
import * as rINT12 from './rule-INT12.ts';
import * as rINT13 from './rule-INT13.ts';
import * as rINT14 from './rule-INT14.ts';
import * as rINT15 from './rule-INT15.ts';
import * as rINT16 from './rule-INT16.ts';
import * as rINT17 from './rule-INT17.ts';
import * as rINT18 from './rule-INT18.ts';
import * as rINT21 from './rule-INT21.ts';
import * as rINT31 from './rule-INT31.ts';
import * as rINT32 from './rule-INT32.ts';
import * as rINT33 from './rule-INT33.ts';
import * as rINT34 from './rule-INT34.ts';
import * as rINT35 from './rule-INT35.ts';
import * as rINT36 from './rule-INT36.ts';
import * as rNoE from './rule-NoE.ts';

export const integrityRules: RuleModule<Rule903>[] = [
  rEPI,
  rINT01,
  rINT02,
  rINT03,
  rINT04,
  rINT05,
  rINT06,
  rINT07,
  rINT08,
  rINT09,
  rINT11,
  rINT12,
  rINT13,
  rINT14,
  rINT15,
  rINT16,
  rINT17,
  rINT18,
  rINT21,
  rINT31,
  rINT32,
  rINT33,
  rINT34,
  rINT35,
  rINT36,
  rNoE,
];
