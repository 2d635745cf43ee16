/**
 * Turns a child's social worker allocations, as the workforce sweep made them, into the chain the 903
 * social worker episodes (SWEpisodes, 2023-24 on) describe: one social worker at a time, each change
 * with a reason (SW03, SW13, SW15: the store keeps it on the allocation that ended), the next starting
 * within days of the last ending (SW08, SW10, SW11a, SW14), none shorter than 3 days (SW09).
 *
 * Needs that meet or overlap (assessment, then fieldwork, then care) become one chain: an overlapped
 * allocation ends the day before the next starts, one nested inside another is dropped, a short wait
 * is covered by the worker before (while in post), and a case closed and opened again later is a new
 * contact (FCONTA). A child looked after in a collection year keeps a social worker all through it.
 */
import { dayNumber, dayNumberFromParts, partsFromDayNumber } from '../calendar/dates.ts';
import { collectionYearOfDay } from './dates.ts';
import { iso, OPEN, type Kid } from './model.ts';
import type { Allocation } from './workforce-model.ts';

/** Longest wait between two social workers that the previous one is taken to cover (an unallocated spell). */
const COVERED_GAP = 21;

/** A new allocation for a colleague covering the wait between two allocations, if one is in post for all of it. */
export type CoverGap = (before: Allocation, after: Allocation) => Allocation | undefined;

/** Tidies the child's allocations (sorted by start) in place; returns those to drop. */
export function tidySocialWorkers(list: Allocation[], coverGap: CoverGap): Allocation[] {
  const chain = new Chain(
    list.filter((a) => a.need.kind === 'social_worker'),
    coverGap,
  );
  let previous: Allocation | undefined;
  for (const allocation of chain.list) {
    if (previous === undefined) {
      previous = allocation;
    } else if (allocation.need.visits === 'cla' && previous.end >= allocation.start) {
      chain.startCare(previous, allocation);
      previous = allocation;
    } else if (previous.end >= allocation.end) {
      // Nested inside the allocation before (say an assessment while in care): that worker keeps the case.
      chain.drop(allocation);
    } else if (previous.end >= allocation.start) {
      chain.takeOver(previous, allocation);
      previous = allocation;
    } else {
      chain.bridge(previous, allocation);
      previous = allocation;
    }
  }
  chain.absorbShortEpisodes();
  chain.holdOverYearEnds();
  return chain.dropped;
}

class Chain {
  readonly dropped: Allocation[] = [];

  constructor(
    readonly list: Allocation[],
    private readonly coverGap: CoverGap,
  ) {}

  drop(allocation: Allocation): void {
    this.dropped.push(allocation);
  }

  /** The last allocation before this one that is kept. */
  keptBefore(allocation: Allocation): Allocation | undefined {
    return this.list
      .slice(0, this.list.indexOf(allocation))
      .filter((a) => !this.dropped.includes(a))
      .pop();
  }

  /**
   * A child coming into care gets a worker from the day care starts: the 903 wants a social worker
   * episode starting on or after the start of care (SW12). The worker before hands over the day before;
   * one holding the case beyond the care allocation hands it to the care worker for the rest. An
   * allocation left shorter than 3 days goes, and the one before it holds the case (while in post).
   */
  startCare(previous: Allocation, care: Allocation): void {
    const heldUntil = previous.end;
    previous.end = care.start - 1;
    previous.reason ??= previous.need.endReason ?? 'TSPROC';
    if (heldUntil > care.end) stretchEnd(care, heldUntil);
    if (previous.end >= previous.start + 3) return;
    this.drop(previous);
    const before = this.keptBefore(previous);
    if (!before) return;
    stretchEnd(before, care.start - 1);
    if (collectionYearOfDay(before.end) === collectionYearOfDay(care.start)) this.coverWait(before, care);
  }

  /** Overlap: the new allocation takes over from its start. */
  takeOver(previous: Allocation, allocation: Allocation): void {
    previous.end = allocation.start - 1;
    previous.reason ??= previous.need.endReason ?? 'TSPROC';
    if (previous.end >= previous.start + 3) return;
    // An allocation left with under 3 days is not a social worker episode (SW09): the next one takes it over.
    stretchStart(allocation, previous.start);
    if (allocation.start > previous.start) return;
    this.drop(previous);
    const before = this.keptBefore(previous);
    if (before && before.end >= allocation.start - 1) before.end = allocation.start - 1;
  }

  /**
   * A wait between workers. A short one, or any while the child is looked after in the collection year
   * (SW11a: the next episode within 5 days), is covered by the worker before, or failing that the next
   * starts early, or failing both by a colleague. A longer one is a case closed and opened again.
   */
  bridge(previous: Allocation, allocation: Allocation): void {
    // Only a wait within one collection year shows in a return as episodes too far apart.
    const lookedAfter =
      collectionYearOfDay(previous.end) === collectionYearOfDay(allocation.start) &&
      lookedAfterInYearOf(allocation.need.child, previous.end + 1, allocation.start - 1);
    if (allocation.start - previous.end > COVERED_GAP && !lookedAfter) {
      previous.reason ??= 'FCONTA';
      return;
    }
    stretchEnd(previous, allocation.start - 1);
    if (previous.end < allocation.start - 1) stretchStart(allocation, previous.end + 1);
    previous.reason ??= previous.need.endReason ?? 'TSPROC';
    if (lookedAfter) this.coverWait(previous, allocation);
  }

  /** A colleague covers a wait of more than 5 days between two allocations (SW11a), when one is in post. */
  coverWait(previous: Allocation, allocation: Allocation): void {
    if (allocation.start - previous.end <= 5) return;
    const cover = this.coverGap(previous, allocation);
    if (cover) cover.reason = 'TSPROC';
  }

  /**
   * Rule SW11b: an episode of a looked-after child that ends in the last 5 days of March needs the next
   * one in the same return. One followed by nothing before 1 April is held until 1 April (while its
   * worker is in post), the next worker taking over the day after.
   */
  holdOverYearEnds(): void {
    const kept = this.list.filter((a) => !this.dropped.includes(a));
    kept.forEach((episode, index) => {
      if (episode.end === OPEN) return;
      const ending = partsFromDayNumber(episode.end);
      if (ending.month !== 3 || ending.day < 26) return;
      const april1 = dayNumberFromParts(ending.year, 4, 1);
      const next = kept[index + 1];
      if ((next && next.start < april1) || !lookedAfterInYearOf(episode.need.child, episode.end, episode.end)) return;
      if (next && next.end !== OPEN && next.end < april1 + 4) return;
      stretchEnd(episode, april1);
      if (next && next.start <= episode.end) next.start = episode.end + 1;
    });
  }

  /**
   * An episode under 3 days (a case moved, then its worker left) is not a social worker episode (SW09):
   * the worker before keeps the case those days, or the worker after takes it early, where in post.
   * The first worker of a care period is not folded into the one before (SW12).
   */
  absorbShortEpisodes(): void {
    const kept = this.list.filter((a) => !this.dropped.includes(a));
    kept.forEach((short, index) => {
      if (short.end === OPEN || short.end >= short.start + 3) return;
      const before = kept
        .slice(0, index)
        .reverse()
        .find((a) => !this.dropped.includes(a));
      const after = kept[index + 1];
      const startsCare = short.need.visits === 'cla' && before?.need.visits !== 'cla';
      if (before && !startsCare && before.end === short.start - 1 && before.worker.end >= short.end) {
        before.end = short.end;
        before.reason = short.reason;
        this.drop(short);
      } else if (
        after &&
        after.start === short.end + 1 &&
        after.worker.start <= short.start &&
        (after.need === short.need || after.need.visits !== 'cla')
      ) {
        after.start = short.start;
        this.drop(short);
      }
    });
  }
}

/** Allocations stay within each worker's time in post: stretched only as far as the worker is there. */
function stretchEnd(a: Allocation, day: number): void {
  a.end = Math.max(a.end, Math.min(day, a.worker.end));
}

function stretchStart(a: Allocation, day: number): void {
  a.start = Math.min(a.start, Math.max(day, a.worker.start));
}

/**
 * Whether the child is looked after at some time in a 903 collection year (1 April to 31 March) that
 * overlaps the days first..last.
 */
function lookedAfterInYearOf(kid: Kid, first: number, last: number): boolean {
  const windowStart = dayNumberFromParts(collectionYearOfDay(first) - 1, 4, 1);
  const windowEnd = dayNumberFromParts(collectionYearOfDay(last), 3, 31);
  return kid.rows.some(
    ([table, row]) =>
      table === 'cla_episode' &&
      dayNumber(row['start_date'] as string) <= windowEnd &&
      (row['end_date'] === null || dayNumber(row['end_date'] as string) >= windowStart),
  );
}
