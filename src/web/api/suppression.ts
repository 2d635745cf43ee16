/**
 * Figures as public outputs show them, for a role allowed only those (councillors). The DfE's
 * statistical disclosure control for children's social care publications withholds counts of 1 to 5
 * (shown "c"), and anything derived from them; its rates and percentages are withheld with their
 * numerator or denominator. Breakdowns are left out altogether: with one category withheld it could be
 * worked out from the total and the others (secondary disclosure), and a councillor's figures are
 * council totals.
 */
import type { IndicatorResult } from '../../indicators/result.ts';
import { presentResult } from '../../indicators/result.ts';

/** Counts from 1 to this are withheld. */
export const SMALL_NUMBER_LIMIT = 5;

const small = (n: number | null | undefined): boolean =>
  n !== null && n !== undefined && n > 0 && n <= SMALL_NUMBER_LIMIT;

/** The public JSON form of a result with small numbers withheld. */
export function presentSuppressed(result: IndicatorResult): Record<string, unknown> {
  const shown = presentResult({ ...result, breakdown: undefined } as IndicatorResult);
  const countLike = result.unit === 'count' || result.denominator === null;
  const withhold = small(result.numerator) || small(result.denominator) || (countLike && small(result.value));
  if (!withhold) return { ...shown, suppressed: false };
  return {
    ...shown,
    value: null,
    numerator: null,
    denominator: null,
    ...(result.rate ? { rate: { ...result.rate, value: null } } : {}),
    suppressed: true,
    note: `Withheld: fewer than ${SMALL_NUMBER_LIMIT + 1} children, as in public outputs.`,
  };
}
