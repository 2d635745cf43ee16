/**
 * Finds overlapping periods among one child's plans, assessments or enquiries (rules 4014, 8940, 8863Q,
 * 8890). For each pair where one period starts on or after the other's start and no later than the other's
 * end (an open period runs to the reference date), the later start and the earlier period's start and end
 * are flagged.
 */
import type { Row } from '../dataset.ts';
import { childOf, groupRows } from './rows.ts';

export interface Period {
  start: string | null;
  /** End date, or null when the period is still open. */
  end: string | null;
  /** Rows of one item (an assessment's factor rows) share an identity and are never compared. */
  identity: string;
}

export interface Overlaps {
  laterStarts: Set<number>;
  earlierPeriods: Set<number>;
}

export function findOverlaps(
  rows: Row[],
  periodOf: (row: Row, index: number) => Period,
  referenceDate: string,
): Overlaps {
  const laterStarts = new Set<number>();
  const earlierPeriods = new Set<number>();
  for (const indexes of groupRows(rows, childOf).values()) {
    const periods = indexes.map((index) => ({ index, ...periodOf(rows[index]!, index) }));
    for (const earlier of periods) {
      if (earlier.start === null) continue;
      const earlierEnd = earlier.end ?? referenceDate;
      for (const later of periods) {
        if (later.identity === earlier.identity || later.start === null) continue;
        if (later.start >= earlier.start && later.start <= earlierEnd) {
          laterStarts.add(later.index);
          earlierPeriods.add(earlier.index);
        }
      }
    }
  }
  return { laterStarts, earlierPeriods };
}
