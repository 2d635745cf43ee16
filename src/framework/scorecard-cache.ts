/**
 * Scorecards a running server has built, kept for a short time. A dashboard or an indicator page asks
 * for the same scorecard (council, level, date, window) many times a minute, and building one reads
 * every measure's series: seconds on a large council, where a page should take milliseconds. Entries are
 * aggregates only (a Scorecard holds no child rows), so one built for any user serves every user allowed
 * to see figures at that level; callers decide access before they ask. Builds of the same key in flight
 * at once are shared, so fifty people opening the dashboard together cost one build.
 *
 * Freshness: the server clears the cache after every change made through it (web/app.ts), so a change a
 * user records shows at once; a change made outside the server (a command against a PostgreSQL server)
 * shows within `ttlMs`. An embedded store has one process, so there every change comes through here.
 */
import type { Scorecard } from './model.ts';

export interface ScorecardCacheOptions {
  /** How long a built scorecard is served (default one minute). */
  ttlMs?: number;
  /** At most this many scorecards are kept; the oldest goes first (default 64). */
  maxEntries?: number;
  /** The clock (tests pin it). */
  now?: () => number;
}

interface Entry {
  scorecard: Promise<Scorecard>;
  builtAt: number;
}

export class ScorecardCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: ScorecardCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 64;
    this.now = options.now ?? Date.now;
  }

  /** The scorecard for `key`, built by `build` unless a fresh one is held or being built. */
  get(key: string, build: () => Promise<Scorecard>): Promise<Scorecard> {
    const held = this.entries.get(key);
    if (held && this.now() - held.builtAt < this.ttlMs) return held.scorecard;
    const scorecard = build();
    const entry = { scorecard, builtAt: this.now() };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    // A failed build is not kept: the next request tries again. (A build that began before a change is
    // not kept either: clear() dropped its entry.)
    scorecard.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return scorecard;
  }

  /** Forgets every scorecard: records, the framework or commentary may have changed. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The key of a scorecard request: everything buildScorecard's result depends on besides the records. */
export function scorecardKey(request: { la: string; level: string; at: string; window?: string | undefined }): string {
  return JSON.stringify([request.la, request.level, request.at, request.window ?? 'framework']);
}
