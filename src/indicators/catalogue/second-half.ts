/**
 * The second half of the catalogue, in INDICATORS.md order within each family: children in care,
 * adoption and permanence, care proceedings, care leavers, youth justice, and money (service-resources is
 * entered into measure_value).
 * The catalogue index imports SECOND_HALF.
 * survey-satisfaction and sf-families-identified / sf-sustained-progress are in the engine's
 * quality.ts and front-door.ts.
 */
import type { IndicatorDefinition } from '../definition.ts';
import {
  ceasedAdoption, claAtDate, claCeased, claInFoster, claOwnProvision, claPlacedOutOfArea, claRepeatPeriod, claStarts,
  fosterInHouse, homesGoodOutstanding, uasc,
} from './care.ts';
import { claReviewsInTime } from './care-reviews.ts';
import { placementStabilityLong, placementStabilityShort } from './care-stability.ts';
import { claHealthChecks, claMissing, claOffended } from './care-outcomes.ts';
import { ADOPTION_AND_PERMANENCE } from './adoption.ts';
import { CARE_PROCEEDINGS } from './proceedings.ts';
import { CARE_LEAVERS } from './care-leavers.ts';
import { YOUTH_JUSTICE } from './youth-justice.ts';
import { MONEY } from './money.ts';

export const CHILDREN_IN_CARE: readonly IndicatorDefinition[] = [
  claAtDate,
  claStarts,
  claCeased,
  claRepeatPeriod,
  claReviewsInTime,
  placementStabilityShort,
  placementStabilityLong,
  claOwnProvision,
  fosterInHouse,
  claInFoster,
  claPlacedOutOfArea,
  uasc,
  claOffended,
  claHealthChecks,
  claMissing,
  ceasedAdoption,
  homesGoodOutstanding,
];

export const SECOND_HALF: readonly IndicatorDefinition[] = [
  ...CHILDREN_IN_CARE,
  ...ADOPTION_AND_PERMANENCE,
  ...CARE_PROCEEDINGS,
  ...CARE_LEAVERS,
  ...YOUTH_JUSTICE,
  ...MONEY,
];

/** Ids of the measures read from measure_value, for `kestrel measures import` to check against. */
export const SECOND_HALF_MANUAL_IDS: readonly string[] = SECOND_HALF.filter((def) => def.source === 'manual').map((def) => def.id);
