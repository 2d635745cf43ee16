/**
 * The performance framework file (YAML or JSON) as a zod schema: the shape only. The rules that need the
 * catalogue or arithmetic (known ids, bands that meet, targets in the indicator's unit, quarters inside
 * the year) are in check.ts, which reports each with the file's line.
 */
import { z } from 'zod';

export const FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export const WINDOWS = ['month', 'quarter', 'ytd', 'r12', 'fy'] as const;
export const COMPARATORS = ['england', 'region', 'statistical-neighbours', 'rank'] as const;

const finite = z.number().refine(Number.isFinite, { message: 'expected a number' });

/**
 * One band as the seeds write it ("Green >= 95%", "Amber 90% - 94%", "Red <= 89%"), with each edge said
 * to be inclusive or not: `gte`/`gt` the lower edge, `lte`/`lt` the upper. A band with no lower edge
 * runs down from minus infinity, one with no upper edge up to infinity.
 */
export const BandSchema = z
  .strictObject({ gte: finite.optional(), gt: finite.optional(), lte: finite.optional(), lt: finite.optional() })
  .refine((b) => !(b.gte !== undefined && b.gt !== undefined), { message: 'give gte or gt, not both' })
  .refine((b) => !(b.lte !== undefined && b.lt !== undefined), { message: 'give lte or lt, not both' });
export type Band = z.infer<typeof BandSchema>;

/** RAG as thresholds (amber optional: seed 002's adoption measures are green or red). */
export const ThresholdBandsSchema = z.strictObject({
  green: BandSchema,
  amber: BandSchema.optional(),
  red: BandSchema,
});
export type ThresholdBands = z.infer<typeof ThresholdBandsSchema>;

/**
 * RAG as a tolerance around the target: green when on target or better, amber when worse by no more
 * than the tolerance (in the measure's unit, or as a percentage of the target), red beyond it.
 */
export const ToleranceBandsSchema = z.strictObject({
  tolerance: finite.positive().optional(),
  tolerancePercent: finite.positive().max(100).optional(),
});
export type ToleranceBands = z.infer<typeof ToleranceBandsSchema>;

export const BandsSchema = z.union([ThresholdBandsSchema, ToleranceBandsSchema]);
export type Bands = z.infer<typeof BandsSchema>;

export const TargetSchema = z.strictObject({
  /** The target for the financial year. */
  year: finite.optional(),
  /** Q1 (April-June) to Q4 (January-March), or '2017-18Q2'. */
  quarters: z.record(z.string(), finite).optional(),
  /** 'YYYY-MM' months of the year. */
  months: z.record(z.string(), finite).optional(),
});
export type Target = z.infer<typeof TargetSchema>;

export const FrameworkIndicatorSchema = z.strictObject({
  /** Catalogue id (docs/INDICATORS.md). */
  id: z.string().min(1),
  /** Parameters of a local variant, e.g. { ages: '19-21' }. */
  params: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).default({}),
  /** The measure's name as the council prints it; the catalogue's title by default. */
  title: z.string().min(1).optional(),
  frequency: z.enum(FREQUENCIES).default('monthly'),
  /** The window period measures count over (seed 002's YD, RY, Q); snapshots ignore it. */
  window: z.enum(WINDOWS).default('r12'),
  /** 'H' higher is better, 'L' lower is better; the catalogue's by default. */
  polarity: z.enum(['H', 'L', 'N']).optional(),
  officer: z.string().min(1).optional(),
  target: TargetSchema.optional(),
  bands: BandsSchema.optional(),
  /** Which comparators to show; all by default. */
  comparators: z.array(z.enum(COMPARATORS)).optional(),
  /** The DfE published counterpart (a key of published.ts), 'none' to show none; the catalogue's default. */
  dfe: z.string().min(1).optional(),
  /** The underlying numbers in words: {numerator}, {denominator}, {value} are filled in. */
  underlying: z.string().min(1).optional(),
  /** Change smaller than this (in the measure's unit) is "no change"; default by unit (direction.ts). */
  noise: finite.nonnegative().optional(),
});
export type FrameworkIndicator = z.output<typeof FrameworkIndicatorSchema>;

export const FrameworkSectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  indicators: z.array(FrameworkIndicatorSchema).min(1),
});
export type FrameworkSection = z.output<typeof FrameworkSectionSchema>;

export const FrameworkSchema = z.strictObject({
  name: z.string().min(1),
  /** The financial year the targets are set for, e.g. '2017-18'. */
  year: z.string().regex(/^\d{4}-\d{2}$/, 'expected a financial year such as 2017-18'),
  sections: z.array(FrameworkSectionSchema).min(1),
});
export type Framework = z.output<typeof FrameworkSchema>;
