/**
 * Direction of travel, judged by polarity: a rise is improving where higher is better and worsening where
 * lower is better. A change no larger than the noise tolerance is "no change", so a scorecard does not
 * report a percentage moving from 96.6 to 96.5 as a decline.
 */
import type { Polarity, Unit } from '../indicators/definition.ts';
import type { Direction } from './model.ts';

/**
 * The default tolerance: one percentage point for percentages; otherwise 2% of the earlier value (a
 * caseload of 22 moving to 22.3, an average of 593 days moving to 600), at least a hundredth.
 */
export function defaultNoise(unit: Unit, earlier: number): number {
  if (unit === 'percent') return 1;
  return Math.max(Math.abs(earlier) * 0.02, 0.01);
}

/**
 * How `current` compares with `earlier`; null when either is missing or the measure has no better
 * direction (polarity N: a count of referrals is neither good nor bad).
 */
export function directionOf(
  current: number | null,
  earlier: number | null,
  polarity: Polarity,
  unit: Unit,
  noise?: number,
): Direction | null {
  if (current === null || earlier === null || !Number.isFinite(current) || !Number.isFinite(earlier)) return null;
  if (polarity === 'N') return null;
  const change = current - earlier;
  if (Math.abs(change) <= (noise ?? defaultNoise(unit, earlier))) return 'no-change';
  return change > 0 === (polarity === 'H') ? 'improving' : 'worsening';
}
