/** The SSDA903 social worker rules (SWEpisodes, 2023-24 on), every year's variant; part of registry-b. */
import type { Rule903 } from './rule.ts';
import { ruleSW01aSTG1 } from './rule-SW01aSTG1.ts';
import { ruleSW01bSTG1 } from './rule-SW01bSTG1.ts';
import { ruleSW01STG1, ruleSW01STG1From2025 } from './rule-SW01STG1.ts';
import { ruleSW02STG1, ruleSW02STG1From2026 } from './rule-SW02STG1.ts';
import { ruleSW03STG1 } from './rule-SW03STG1.ts';
import { ruleSW04STG1, ruleSW04STG1From2026 } from './rule-SW04STG1.ts';
import { ruleSW05STG1, ruleSW05STG1From2026 } from './rule-SW05STG1.ts';
import { ruleSW06STG2 } from './rule-SW06STG2.ts';
import { ruleSW07STG2 } from './rule-SW07STG2.ts';
import { ruleSW08STG2 } from './rule-SW08STG2.ts';
import { ruleSW09STG2, ruleSW09STG2From2026 } from './rule-SW09STG2.ts';
import { ruleSW10aSTG2 } from './rule-SW10aSTG2.ts';
import { ruleSW10bSTG2 } from './rule-SW10bSTG2.ts';
import { ruleSW10STG2, ruleSW10STG2In2025 } from './rule-SW10STG2.ts';
import { ruleSW11aSTG2 } from './rule-SW11aSTG2.ts';
import { ruleSW11bSTG2 } from './rule-SW11bSTG2.ts';
import { ruleSW12STG2 } from './rule-SW12STG2.ts';
import { ruleSW13STG1, ruleSW13STG1From2025 } from './rule-SW13STG1.ts';
import { ruleSW14STG2 } from './rule-SW14STG2.ts';
import { ruleSW15STG2 } from './rule-SW15STG2.ts';
import { ruleSW16aSTG2 } from './rule-SW16aSTG2.ts';
import { ruleSW16bSTG2 } from './rule-SW16bSTG2.ts';
import { ruleSW16cSTG2 } from './rule-SW16cSTG2.ts';
import { ruleSW17STG2 } from './rule-SW17STG2.ts';
import { ruleSW18STG2 } from './rule-SW18STG2.ts';
import { ruleSW19STG2 } from './rule-SW19STG2.ts';

export const socialWorkerRules: Rule903[] = [
  ruleSW01aSTG1,
  ruleSW01bSTG1,
  ruleSW01STG1,
  ruleSW01STG1From2025,
  ruleSW02STG1,
  ruleSW02STG1From2026,
  ruleSW03STG1,
  ruleSW04STG1,
  ruleSW04STG1From2026,
  ruleSW05STG1,
  ruleSW05STG1From2026,
  ruleSW06STG2,
  ruleSW07STG2,
  ruleSW08STG2,
  ruleSW09STG2,
  ruleSW09STG2From2026,
  ruleSW10aSTG2,
  ruleSW10bSTG2,
  ruleSW10STG2,
  ruleSW10STG2In2025,
  ruleSW11aSTG2,
  ruleSW11bSTG2,
  ruleSW12STG2,
  ruleSW13STG1,
  ruleSW13STG1From2025,
  ruleSW14STG2,
  ruleSW15STG2,
  ruleSW16aSTG2,
  ruleSW16bSTG2,
  ruleSW16cSTG2,
  ruleSW17STG2,
  ruleSW18STG2,
  ruleSW19STG2,
];
