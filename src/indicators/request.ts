/**
 * The request the engine answers, as the CLI and the web API give it, and the error a bad request
 * raises. The API maps IndicatorRequestError to 400 and the CLI to a one-line usage error.
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/dates.ts';

export class IndicatorRequestError extends Error {
  override name = 'IndicatorRequestError';
  /** HTTP status the web API answers with. */
  readonly status = 400;
}

const isoDate = z.string().refine(isIsoDate, { message: 'expected an existing date as YYYY-MM-DD' });

export const IndicatorRequest = z
  .object({
    /** Council code; optional when the store holds one council. */
    la: z
      .string()
      .regex(/^\d{3}$/, 'expected a three-digit local authority code')
      .optional(),
    /** Reference date: snapshots are taken at it and periods end at it (month, quarter, ytd, r12). */
    at: isoDate,
    /** month | quarter | ytd | fy | r12 | FROM..TO (default month). */
    period: z.string().min(1).default('month'),
    /** council | locality | team | worker, optionally ':ID' (without an ID: every one of that kind). */
    level: z.string().min(1).default('council'),
    /** Catalogue ids; default the whole catalogue. */
    ids: z.array(z.string().min(1)).optional(),
    /** Evaluate at the last N month-ends up to `at` instead of at `at` alone. */
    series: z.number().int().min(1).max(240).optional(),
    /**
     * Evaluate at these reference dates instead (a scorecard asks only the points a row reads: quarter
     * ends of a quarterly measure, not every month-end between them). Not with `series`.
     */
    dates: z.array(isoDate).min(1).max(240).optional(),
    /** Parameters per indicator id, e.g. { 'cpp-repeat': { within: '24-months' } }. */
    params: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    /** Return the subject-level rows behind each figure. */
    explain: z.boolean().default(false),
  })
  .refine((request) => !(request.series && request.dates), {
    message: 'give series or dates, not both',
    path: ['dates'],
  });
export type IndicatorRequest = z.input<typeof IndicatorRequest>;
export type ParsedIndicatorRequest = z.output<typeof IndicatorRequest>;

/** Validates a request; throws IndicatorRequestError naming the first problem. */
export function parseIndicatorRequest(input: unknown): ParsedIndicatorRequest {
  const parsed = IndicatorRequest.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length ? `${issue.path.join('.')}: ` : '';
  throw new IndicatorRequestError(`Invalid indicator request: ${where}${issue?.message ?? 'invalid input'}`);
}
