/** The SSDA903 rules on the Episodes table (legal status, placements, reasons for new episodes and for leaving care), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import * as r1000 from './rule-1000.ts';
import * as r1001 from './rule-1001.ts';
import * as r1002 from './rule-1002.ts';
import * as r1003 from './rule-1003.ts';
import * as r1007 from './rule-1007.ts';
import * as r1008 from './rule-1008.ts';
import * as r1009 from './rule-1009.ts';
import * as r1010 from './rule-1010.ts';
import * as r1011 from './rule-1011.ts';
import * as r1012 from './rule-1012.ts';
import * as r1014 from './rule-1014.ts';
import * as r1015 from './rule-1015.ts';
import * as r1016 from './rule-1016.ts';
import * as r117 from './rule-117.ts';
import * as r118 from './rule-118.ts';
import * as r141 from './rule-141.ts';
import * as r142 from './rule-142.ts';
import * as r143 from './rule-143.ts';
import * as r144 from './rule-144.ts';
import * as r145 from './rule-145.ts';
import * as r146 from './rule-146.ts';
import * as r147 from './rule-147.ts';
import * as r148 from './rule-148.ts';
import * as r149 from './rule-149.ts';
import * as r164 from './rule-164.ts';
import * as r169 from './rule-169.ts';
import * as r178 from './rule-178.ts';
import * as r179 from './rule-179.ts';
import * as r185 from './rule-185.ts';
import * as r186 from './rule-186.ts';
import * as r198 from './rule-198.ts';
import * as r199 from './rule-199.ts';
import * as r207 from './rule-207.ts';
import * as r213 from './rule-213.ts';
import * as r214 from './rule-214.ts';
import * as r217 from './rule-217.ts';
import * as r217t from './rule-217t.ts';
import * as r218 from './rule-218.ts';
import * as r219 from './rule-219.ts';
import * as r221 from './rule-221.ts';
import * as r222 from './rule-222.ts';
import * as r224 from './rule-224.ts';
import * as r225 from './rule-225.ts';
import * as r226 from './rule-226.ts';
import * as r227 from './rule-227.ts';
import * as r228 from './rule-228.ts';
import * as r229 from './rule-229.ts';
import * as r230 from './rule-230.ts';
import * as r233 from './rule-233.ts';
import * as r234 from './rule-234.ts';
import * as r241 from './rule-241.ts';
import * as r242 from './rule-242.ts';
import * as r243 from './rule-243.ts';
import * as r334 from './rule-334.ts';
import * as r335 from './rule-335.ts';
import * as r336 from './rule-336.ts';
import * as r353 from './rule-353.ts';
import * as r354 from './rule-354.ts';
import * as r355 from './rule-355.ts';
import * as r356 from './rule-356.ts';
import * as r357 from './rule-357.ts';
import * as r361 from './rule-361.ts';
import * as r362 from './rule-362.ts';
import * as r363 from './rule-363.ts';
import * as r364 from './rule-364.ts';
import * as r365 from './rule-365.ts';
import * as r366 from './rule-366.ts';
import * as r367 from './rule-367.ts';
import * as r370 from './rule-370.ts';
import * as r371 from './rule-371.ts';
import * as r372 from './rule-372.ts';
import * as r373 from './rule-373.ts';
import * as r374 from './rule-374.ts';
import * as r375 from './rule-375.ts';
import * as r376 from './rule-376.ts';
import * as r377 from './rule-377.ts';
import * as r378 from './rule-378.ts';
import * as r379 from './rule-379.ts';
import * as r380 from './rule-380.ts';
import * as r381 from './rule-381.ts';
import * as r382 from './rule-382.ts';
import * as r383 from './rule-383.ts';
import * as r384 from './rule-384.ts';
import * as r385 from './rule-385.ts';
import * as r388 from './rule-388.ts';
import * as r389 from './rule-389.ts';
import * as r390 from './rule-390.ts';
import * as r392a from './rule-392a.ts';
import * as r392b from './rule-392b.ts';
import * as r392c from './rule-392c.ts';
import * as r392d from './rule-392d.ts';
import * as r398 from './rule-398.ts';
import * as r399 from './rule-399.ts';
import * as r406 from './rule-406.ts';
import * as r407 from './rule-407.ts';
import * as r408 from './rule-408.ts';
import * as r411 from './rule-411.ts';
import * as r420 from './rule-420.ts';
import * as r426 from './rule-426.ts';
import * as r431 from './rule-431.ts';
import * as r432 from './rule-432.ts';
import * as r433 from './rule-433.ts';
import * as r434 from './rule-434.ts';
import * as r435 from './rule-435.ts';
import * as r436 from './rule-436.ts';
import * as r437 from './rule-437.ts';
import * as r442 from './rule-442.ts';
import * as r445 from './rule-445.ts';
import * as r446 from './rule-446.ts';
import * as r451 from './rule-451.ts';
import * as r452 from './rule-452.ts';
import * as r453 from './rule-453.ts';
import * as r454 from './rule-454.ts';
import * as r501 from './rule-501.ts';
import * as r502 from './rule-502.ts';
import * as r503A from './rule-503A.ts';
import * as r503B from './rule-503B.ts';
import * as r503C from './rule-503C.ts';
import * as r503D from './rule-503D.ts';
import * as r503E from './rule-503E.ts';
import * as r503F from './rule-503F.ts';
import * as r503G from './rule-503G.ts';
import * as r503H from './rule-503H.ts';
import * as r503J from './rule-503J.ts';
import * as r504 from './rule-504.ts';
import * as r516 from './rule-516.ts';
import * as r521 from './rule-521.ts';
import * as r526 from './rule-526.ts';
import * as r527 from './rule-527.ts';
import * as r528 from './rule-528.ts';
import * as r529 from './rule-529.ts';
import * as r530 from './rule-530.ts';
import * as r531 from './rule-531.ts';
import * as r543 from './rule-543.ts';
import * as r545 from './rule-545.ts';
import * as r546 from './rule-546.ts';
import * as r550 from './rule-550.ts';
import * as r551 from './rule-551.ts';
import * as r552 from './rule-552.ts';
import * as r553 from './rule-553.ts';
import * as r554 from './rule-554.ts';
import * as r555 from './rule-555.ts';
import * as r556 from './rule-556.ts';
import * as r557 from './rule-557.ts';
import * as r558 from './rule-558.ts';
import * as r562 from './rule-562.ts';
import * as r575 from './rule-575.ts';
import * as r577 from './rule-577.ts';
import * as r578 from './rule-578.ts';
import * as r580 from './rule-580.ts';
import * as r581 from './rule-581.ts';
import * as r582 from './rule-582.ts';
import * as r601 from './rule-601.ts';
import * as r602 from './rule-602.ts';
import * as r607 from './rule-607.ts';
import * as r625 from './rule-625.ts';
import * as r628 from './rule-628.ts';
import * as r630 from './rule-630.ts';
import * as r632 from './rule-632.ts';
import * as r634 from './rule-634.ts';

export const episodesRules: RuleModule<Rule903>[] = [
  r117,
  r118,
  r141,
  r142,
  r143,
  r144,
  r145,
  r146,
  r147,
  r148,
  r149,
  r164,
  r169,
  r178,
  r179,
  r185,
  r186,
  r198,
  r199,
  r207,
  r213,
  r214,
  r217,
  r217t,
  r218,
  r219,
  r221,
  r222,
  r224,
  r225,
  r226,
  r227,
  r228,
  r229,
  r230,
  r233,
  r234,
  r241,
  r242,
  r243,
  r334,
  r335,
  r336,
  r353,
  r354,
  r355,
  r356,
  r357,
  r361,
  r362,
  r363,
  r364,
  r365,
  r366,
  r367,
  r370,
  r371,
  r372,
  r373,
  r374,
  r375,
  r376,
  r377,
  r378,
  r379,
  r380,
  r381,
  r382,
  r383,
  r384,
  r385,
  r388,
  r389,
  r390,
  r392a,
  r392b,
  r392c,
  r392d,
  r398,
  r399,
  r406,
  r407,
  r408,
  r411,
  r420,
  r426,
  r431,
  r432,
  r433,
  r434,
  r435,
  r436,
  r437,
  r442,
  r445,
  r446,
  r451,
  r452,
  r453,
  r454,
  r501,
  r502,
  r503A,
  r503B,
  r503C,
  r503D,
  r503E,
  r503F,
  r503G,
  r503H,
  r503J,
  r504,
  r516,
  r521,
  r526,
  r527,
  r528,
  r529,
  r530,
  r531,
  r543,
  r545,
  r546,
  r550,
  r551,
  r552,
  r553,
  r554,
  r555,
  r556,
  r557,
  r558,
  r562,
  r575,
  r577,
  r578,
  r580,
  r581,
  r582,
  r601,
  r602,
  r607,
  r625,
  r628,
  r630,
  r632,
  r634,
  r1000,
  r1001,
  r1002,
  r1003,
  r1007,
  r1008,
  r1009,
  r1010,
  r1011,
  r1012,
  r1014,
  r1015,
  r1016,
];
