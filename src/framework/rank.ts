/**
 * A council's rank among all councils for a published figure, and its quartile, judged by polarity:
 * rank 1 is the best (highest where higher is better, lowest where lower is better). Councils with the
 * same figure share the better rank (1, 2, 2, 4), as the DfE's LAIT ranks do.
 */
import type { Polarity } from '../indicators/definition.ts';

export interface Ranking {
  rank: number;
  of: number;
  quartile: 1 | 2 | 3 | 4;
}

/**
 * The rank of `value` among `values` (every council's figure, the council's own included; missing figures
 * are left out). Null when the value is missing, absent from the list, or the polarity is N.
 */
export function rankAmong(
  value: number | null,
  values: readonly (number | null)[],
  polarity: Polarity,
): Ranking | null {
  if (value === null || !Number.isFinite(value) || polarity === 'N') return null;
  const published = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!published.includes(value)) return null;
  const better = published.filter((v) => (polarity === 'H' ? v > value : v < value)).length;
  const rank = better + 1;
  return { rank, of: published.length, quartile: quartileOf(rank, published.length) };
}

/** Quartile 1 (best quarter) to 4 of a rank among `of`: ranks 1 to of/4 are the first quartile. */
export function quartileOf(rank: number, of: number): 1 | 2 | 3 | 4 {
  if (!Number.isInteger(rank) || rank < 1 || rank > of) throw new Error(`rank ${rank} is not within 1..${of}`);
  return Math.min(4, Math.floor(((rank - 1) * 4) / of) + 1) as 1 | 2 | 3 | 4;
}
