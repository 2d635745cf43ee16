/**
 * The catalogue: every indicator definition Kestrel computes or reads, in INDICATORS.md order. Each
 * family module exports an array of definitions; add a family here with one import line.
 */
import type { IndicatorDefinition } from '../definition.ts';
import { FRONT_DOOR } from './front-door.ts';
import { ASSESSMENT_AND_CIN } from './assessment-cin.ts';
import { CHILD_PROTECTION } from './child-protection.ts';
import { WORKFORCE_AND_WORKLOAD } from './workforce.ts';
import { QUALITY } from './quality.ts';
import { SECOND_HALF } from './second-half.ts';

export const CATALOGUE: readonly IndicatorDefinition[] = [...FRONT_DOOR, ...ASSESSMENT_AND_CIN, ...CHILD_PROTECTION, ...WORKFORCE_AND_WORKLOAD, ...QUALITY, ...SECOND_HALF];
