/** The SSDA903 rules with codes below 400 (and their letter variants), every year's variant. */
import type { Rule903 } from './rule.ts';
import { rule101Until2024, rule101From2025 } from './rule-101.ts';
import { rule102 } from './rule-102.ts';
import { rule103 } from './rule-103.ts';
import { rule104 } from './rule-104.ts';
import { rule105 } from './rule-105.ts';
import { rule112 } from './rule-112.ts';
import { rule113 } from './rule-113.ts';
import { rule114 } from './rule-114.ts';
import { rule115 } from './rule-115.ts';
import { rule116 } from './rule-116.ts';
import { rule117 } from './rule-117.ts';
import { rule118 } from './rule-118.ts';
import { rule119 } from './rule-119.ts';
import { rule120 } from './rule-120.ts';
import { rule131 } from './rule-131.ts';
import { rule132 } from './rule-132.ts';
import { rule133 } from './rule-133.ts';
import { rule134 } from './rule-134.ts';
import { rule141 } from './rule-141.ts';
import { rule142 } from './rule-142.ts';
import { rule143 } from './rule-143.ts';
import { rule144 } from './rule-144.ts';
import { rule145 } from './rule-145.ts';
import { rule146Until2024, rule146In2025, rule146From2026 } from './rule-146.ts';
import { rule147 } from './rule-147.ts';
import { rule148 } from './rule-148.ts';
import { rule149 } from './rule-149.ts';
import { rule151 } from './rule-151.ts';
import { rule153 } from './rule-153.ts';
import { rule157 } from './rule-157.ts';
import { rule158 } from './rule-158.ts';
import { rule159 } from './rule-159.ts';
import { rule164 } from './rule-164.ts';
import { rule165 } from './rule-165.ts';
import { rule166 } from './rule-166.ts';
import { rule167 } from './rule-167.ts';
import { rule168 } from './rule-168.ts';
import { rule169 } from './rule-169.ts';
import { rule171 } from './rule-171.ts';
import { rule174Until2024, rule174From2025 } from './rule-174.ts';
import { rule175 } from './rule-175.ts';
import { rule176 } from './rule-176.ts';
import { rule177 } from './rule-177.ts';
import { rule178Until2025, rule178From2026 } from './rule-178.ts';
import { rule179 } from './rule-179.ts';
import { rule180 } from './rule-180.ts';
import { rule181 } from './rule-181.ts';
import { rule182 } from './rule-182.ts';
import { rule184 } from './rule-184.ts';
import { rule185 } from './rule-185.ts';
import { rule186 } from './rule-186.ts';
import { rule187 } from './rule-187.ts';
import { rule188 } from './rule-188.ts';
import { rule189 } from './rule-189.ts';
import { rule190 } from './rule-190.ts';
import { rule191 } from './rule-191.ts';
import { rule192 } from './rule-192.ts';
import { rule193 } from './rule-193.ts';
import { rule196 } from './rule-196.ts';
import { rule197B } from './rule-197B.ts';
import { rule197a } from './rule-197a.ts';
import { rule198 } from './rule-198.ts';
import { rule199 } from './rule-199.ts';

export const rulesA: Rule903[] = [
  rule101Until2024, rule101From2025, rule102, rule103, rule104, rule105,
  rule112, rule113, rule114, rule115, rule116, rule117,
  rule118, rule119, rule120, rule131, rule132, rule133,
  rule134, rule141, rule142, rule143, rule144, rule145,
  rule146Until2024, rule146In2025, rule146From2026, rule147, rule148, rule149,
  rule151, rule153, rule157, rule158, rule159, rule164,
  rule165, rule166, rule167, rule168, rule169, rule171,
  rule174Until2024, rule174From2025, rule175, rule176, rule177, rule178Until2025,
  rule178From2026, rule179, rule180, rule181, rule182, rule184,
  rule185, rule186, rule187, rule188, rule189, rule190,
  rule191, rule192, rule193, rule196, rule197B, rule197a,
  rule198, rule199,
];
