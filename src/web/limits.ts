/**
 * What one request may ask of the server. A page needs at most two years of month-ends, one level and
 * the catalogue's ids; anything beyond is refused with a 400 before the store is touched, and what is
 * accepted runs under a time limit and waits in a bounded queue (503 with Retry-After when it is full).
 */
export interface ServerLimits {
  /** A request's statements are stopped after this long (504). */
  requestTimeoutMs: number;
  /**
   * The time limit of a return import (POST /api/returns/import): one transaction writing a council's
   * whole return, which takes longer than any read; the import's other statements keep requestTimeoutMs.
   */
  importTimeoutMs: number;
  /** Month-ends in one series: two years, as the committee pages show. */
  maxSeries: number;
  /** Indicator ids in one request (the catalogue has 75). */
  maxIds: number;
  /**
   * Days in the period a practice tool reports on (missing episodes, the average duration of proceedings):
   * three years covers every comparison the seeds make; a longer span is a report, not a page.
   */
  maxPeriodDays: number;
  /** Characters in the query string. */
  maxQueryLength: number;
  /** Bytes in a request body (forms, JSON). */
  maxBodyBytes: number;
  /** Bytes in a return file sent to POST /api/returns/validate or /import (a large council's 903 XML is ~30 MB). */
  maxReturnBytes: number;
  /** Rows in one list of a practice tool (case file audits): a quarter of a large council's audits. */
  maxPracticeRows: number;
  /** Days one practice list may span (a financial year, the longest period the tools report). */
  maxPracticeDays: number;
  /** Seconds a client refused as busy is told to wait before trying again. */
  retryAfterSeconds: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  requestTimeoutMs: 30_000,
  importTimeoutMs: 300_000,
  maxSeries: 24,
  maxIds: 100,
  maxPeriodDays: 3 * 366,
  maxQueryLength: 4096,
  maxBodyBytes: 1024 * 1024,
  maxReturnBytes: 64 * 1024 * 1024,
  maxPracticeRows: 500,
  maxPracticeDays: 366,
  retryAfterSeconds: 5,
};

/** A request refused before it reaches the store: HTTP 400 naming the field. */
export class RequestLimitError extends Error {
  override name = 'RequestLimitError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
