/**
 * The catalogue: every indicator definition Kestrel computes or reads, in docs/INDICATORS.md order.
 * Each family module exports an array of its definitions; add a family here with
 * one import line and one entry.
 */
import type { IndicatorDefinition } from '../definition.ts';
import { FRONT_DOOR } from './front-door.ts';
import { ASSESSMENT_AND_CIN } from './assessment-cin.ts';
import { CHILD_PROTECTION } from './child-protection.ts';
import { WORKFORCE_AND_WORKLOAD } from './workforce.ts';
import { QUALITY } from './quality.ts';
import { CHILDREN_IN_CARE } from './care.ts';
import { ADOPTION_AND_PERMANENCE } from './adoption.ts';
import { CARE_PROCEEDINGS } from './proceedings.ts';
import { CARE_LEAVERS } from './care-leavers.ts';
import { YOUTH_JUSTICE } from './youth-justice.ts';
import { MONEY } from './money.ts';

export const CATALOGUE: readonly IndicatorDefinition[] = [
  ...FRONT_DOOR,
  ...ASSESSMENT_AND_CIN,
  ...CHILD_PROTECTION,
  ...WORKFORCE_AND_WORKLOAD,
  ...QUALITY,
  ...CHILDREN_IN_CARE,
  ...ADOPTION_AND_PERMANENCE,
  ...CARE_PROCEEDINGS,
  ...CARE_LEAVERS,
  ...YOUTH_JUSTICE,
  ...MONEY,
];
