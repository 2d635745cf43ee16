/**
 * The SSDA903 rules with codes 400 and above (with letter variants), the DoLo rules (700-710), the
 * 1000s, the tool's integrity checks (INT, EPI, NoE) and the social worker rules (SW), every year's
 * variant. registry.ts joins these with registry-a.
 */
import type { Rule903 } from './rule.ts';
import { socialWorkerRules } from './registry-sw.ts';
import { rule406 } from './rule-406.ts';
import { rule407 } from './rule-407.ts';
import { rule408 } from './rule-408.ts';
import { rule411 } from './rule-411.ts';
import { rule420 } from './rule-420.ts';
import { rule426 } from './rule-426.ts';
import { rule431 } from './rule-431.ts';
import { rule432 } from './rule-432.ts';
import { rule433 } from './rule-433.ts';
import { rule434 } from './rule-434.ts';
import { rule435 } from './rule-435.ts';
import { rule436 } from './rule-436.ts';
import { rule437 } from './rule-437.ts';
import { rule440 } from './rule-440.ts';
import { rule441 } from './rule-441.ts';
import { rule442 } from './rule-442.ts';
import { rule444 } from './rule-444.ts';
import { rule445 } from './rule-445.ts';
import { rule446 } from './rule-446.ts';
import { rule451 } from './rule-451.ts';
import { rule452 } from './rule-452.ts';
import { rule453 } from './rule-453.ts';
import { rule454 } from './rule-454.ts';
import { rule460 } from './rule-460.ts';
import { rule501 } from './rule-501.ts';
import { rule502 } from './rule-502.ts';
import { rule503A } from './rule-503A.ts';
import { rule503B } from './rule-503B.ts';
import { rule503C } from './rule-503C.ts';
import { rule503D, rule503DIn2025, rule503DFrom2026 } from './rule-503D.ts';
import { rule503E } from './rule-503E.ts';
import { rule503F } from './rule-503F.ts';
import { rule503G } from './rule-503G.ts';
import { rule503H } from './rule-503H.ts';
import { rule503J } from './rule-503J.ts';
import { rule504 } from './rule-504.ts';
import { rule511 } from './rule-511.ts';
import { rule514 } from './rule-514.ts';
import { rule516 } from './rule-516.ts';
import { rule517 } from './rule-517.ts';
import { rule518 } from './rule-518.ts';
import { rule519 } from './rule-519.ts';
import { rule520 } from './rule-520.ts';
import { rule521 } from './rule-521.ts';
import { rule522 } from './rule-522.ts';
import { rule523 } from './rule-523.ts';
import { rule524 } from './rule-524.ts';
import { rule525 } from './rule-525.ts';
import { rule526, rule526From2026 } from './rule-526.ts';
import { rule527 } from './rule-527.ts';
import { rule528 } from './rule-528.ts';
import { rule529 } from './rule-529.ts';
import { rule530 } from './rule-530.ts';
import { rule531 } from './rule-531.ts';
import { rule542 } from './rule-542.ts';
import { rule543 } from './rule-543.ts';
import { rule544 } from './rule-544.ts';
import { rule545 } from './rule-545.ts';
import { rule546 } from './rule-546.ts';
import { rule547 } from './rule-547.ts';
import { rule550 } from './rule-550.ts';
import { rule551 } from './rule-551.ts';
import { rule552 } from './rule-552.ts';
import { rule553 } from './rule-553.ts';
import { rule554 } from './rule-554.ts';
import { rule555 } from './rule-555.ts';
import { rule556 } from './rule-556.ts';
import { rule557, rule557From2025 } from './rule-557.ts';
import { rule558 } from './rule-558.ts';
import { rule559 } from './rule-559.ts';
import { rule560 } from './rule-560.ts';
import { rule561 } from './rule-561.ts';
import { rule562 } from './rule-562.ts';
import { rule563 } from './rule-563.ts';
import { rule564 } from './rule-564.ts';
import { rule565 } from './rule-565.ts';
import { rule566 } from './rule-566.ts';
import { rule567 } from './rule-567.ts';
import { rule570 } from './rule-570.ts';
import { rule571 } from './rule-571.ts';
import { rule574 } from './rule-574.ts';
import { rule575 } from './rule-575.ts';
import { rule576 } from './rule-576.ts';
import { rule577 } from './rule-577.ts';
import { rule578 } from './rule-578.ts';
import { rule579 } from './rule-579.ts';
import { rule580 } from './rule-580.ts';
import { rule581 } from './rule-581.ts';
import { rule582 } from './rule-582.ts';
import { rule583 } from './rule-583.ts';
import { rule584 } from './rule-584.ts';
import { rule586 } from './rule-586.ts';
import { rule601 } from './rule-601.ts';
import { rule602 } from './rule-602.ts';
import { rule607, rule607From2025 } from './rule-607.ts';
import { rule611 } from './rule-611.ts';
import { rule612, rule612From2025 } from './rule-612.ts';
import { rule620 } from './rule-620.ts';
import { rule621 } from './rule-621.ts';
import { rule624 } from './rule-624.ts';
import { rule625 } from './rule-625.ts';
import { rule626 } from './rule-626.ts';
import { rule628 } from './rule-628.ts';
import { rule630 } from './rule-630.ts';
import { rule631 } from './rule-631.ts';
import { rule632 } from './rule-632.ts';
import { rule633 } from './rule-633.ts';
import { rule634 } from './rule-634.ts';
import { rule635 } from './rule-635.ts';
import { rule700 } from './rule-700.ts';
import { rule701 } from './rule-701.ts';
import { rule702 } from './rule-702.ts';
import { rule703 } from './rule-703.ts';
import { rule704 } from './rule-704.ts';
import { rule705 } from './rule-705.ts';
import { rule706 } from './rule-706.ts';
import { rule707 } from './rule-707.ts';
import { rule708 } from './rule-708.ts';
import { rule709 } from './rule-709.ts';
import { rule710 } from './rule-710.ts';
import { rule1000 } from './rule-1000.ts';
import { rule1001 } from './rule-1001.ts';
import { rule1002 } from './rule-1002.ts';
import { rule1003 } from './rule-1003.ts';
import { rule1004 } from './rule-1004.ts';
import { rule1005 } from './rule-1005.ts';
import { rule1006 } from './rule-1006.ts';
import { rule1007 } from './rule-1007.ts';
import { rule1008 } from './rule-1008.ts';
import { rule1009 } from './rule-1009.ts';
import { rule1010 } from './rule-1010.ts';
import { rule1011 } from './rule-1011.ts';
import { rule1012 } from './rule-1012.ts';
import { rule1014 } from './rule-1014.ts';
import { rule1015, rule1015From2026 } from './rule-1015.ts';
import { rule1016 } from './rule-1016.ts';
import { rule3001 } from './rule-3001.ts';
import { ruleEPI } from './rule-EPI.ts';
import { ruleINT01 } from './rule-INT01.ts';
import { ruleINT02 } from './rule-INT02.ts';
import { ruleINT03 } from './rule-INT03.ts';
import { ruleINT04 } from './rule-INT04.ts';
import { ruleINT05 } from './rule-INT05.ts';
import { ruleINT06 } from './rule-INT06.ts';
import { ruleINT07 } from './rule-INT07.ts';
import { ruleINT08 } from './rule-INT08.ts';
import { ruleINT09 } from './rule-INT09.ts';
import { ruleINT11 } from './rule-INT11.ts';
import { ruleINT12 } from './rule-INT12.ts';
import { ruleINT13 } from './rule-INT13.ts';
import { ruleINT14 } from './rule-INT14.ts';
import { ruleINT15 } from './rule-INT15.ts';
import { ruleINT16 } from './rule-INT16.ts';
import { ruleINT17 } from './rule-INT17.ts';
import { ruleINT18 } from './rule-INT18.ts';
import { ruleINT21 } from './rule-INT21.ts';
import { ruleINT31 } from './rule-INT31.ts';
import { ruleINT32 } from './rule-INT32.ts';
import { ruleINT33 } from './rule-INT33.ts';
import { ruleINT34 } from './rule-INT34.ts';
import { ruleINT35 } from './rule-INT35.ts';
import { ruleINT36 } from './rule-INT36.ts';
import { ruleNoE } from './rule-NoE.ts';

export const rulesB: Rule903[] = [
  rule406,
  rule407,
  rule408,
  rule411,
  rule420,
  rule426,
  rule431,
  rule432,
  rule433,
  rule434,
  rule435,
  rule436,
  rule437,
  rule440,
  rule441,
  rule442,
  rule444,
  rule445,
  rule446,
  rule451,
  rule452,
  rule453,
  rule454,
  rule460,
  rule501,
  rule502,
  rule503A,
  rule503B,
  rule503C,
  rule503D,
  rule503DIn2025,
  rule503DFrom2026,
  rule503E,
  rule503F,
  rule503G,
  rule503H,
  rule503J,
  rule504,
  rule511,
  rule514,
  rule516,
  rule517,
  rule518,
  rule519,
  rule520,
  rule521,
  rule522,
  rule523,
  rule524,
  rule525,
  rule526,
  rule526From2026,
  rule527,
  rule528,
  rule529,
  rule530,
  rule531,
  rule542,
  rule543,
  rule544,
  rule545,
  rule546,
  rule547,
  rule550,
  rule551,
  rule552,
  rule553,
  rule554,
  rule555,
  rule556,
  rule557,
  rule557From2025,
  rule558,
  rule559,
  rule560,
  rule561,
  rule562,
  rule563,
  rule564,
  rule565,
  rule566,
  rule567,
  rule570,
  rule571,
  rule574,
  rule575,
  rule576,
  rule577,
  rule578,
  rule579,
  rule580,
  rule581,
  rule582,
  rule583,
  rule584,
  rule586,
  rule601,
  rule602,
  rule607,
  rule607From2025,
  rule611,
  rule612,
  rule612From2025,
  rule620,
  rule621,
  rule624,
  rule625,
  rule626,
  rule628,
  rule630,
  rule631,
  rule632,
  rule633,
  rule634,
  rule635,
  rule700,
  rule701,
  rule702,
  rule703,
  rule704,
  rule705,
  rule706,
  rule707,
  rule708,
  rule709,
  rule710,
  rule1000,
  rule1001,
  rule1002,
  rule1003,
  rule1004,
  rule1005,
  rule1006,
  rule1007,
  rule1008,
  rule1009,
  rule1010,
  rule1011,
  rule1012,
  rule1014,
  rule1015,
  rule1015From2026,
  rule1016,
  rule3001,
  ruleEPI,
  ruleINT01,
  ruleINT02,
  ruleINT03,
  ruleINT04,
  ruleINT05,
  ruleINT06,
  ruleINT07,
  ruleINT08,
  ruleINT09,
  ruleINT11,
  ruleINT12,
  ruleINT13,
  ruleINT14,
  ruleINT15,
  ruleINT16,
  ruleINT17,
  ruleINT18,
  ruleINT21,
  ruleINT31,
  ruleINT32,
  ruleINT33,
  ruleINT34,
  ruleINT35,
  ruleINT36,
  ruleNoE,
  ...socialWorkerRules,
];
