/**
 * The workload model as data (data/practice/workload.json, or a council's own file): points per case
 * kind (used when the council has no workload_weight rows of its own), complexity additions, the
 * sibling discount, capacity by experience (ASYE protected caseloads) and the ideal (seed 001: 56).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../data/practice/workload.json', import.meta.url));

/** The case kinds of src/indicators/catalogue/case-kind.ts (workload_weight.case_kind). */
export const CASE_KINDS = [
  'proceedings',
  'cla',
  'cp',
  'cin',
  'assessment',
  'care_leaver',
  'youth_justice',
  'early_help',
] as const;
/** Complexity flags the engine can detect; the model gives each its points (0 or absent: not used). */
export const COMPLEXITY_FLAGS = ['disability', 'uasc', 'missing-90-days', 'exploitation-risk'] as const;

const points = z.number().min(0).max(100);
const modelSchema = z.strictObject({
  about: z.string().optional(),
  ideal: z.number().positive().max(1000),
  points: z.strictObject(
    Object.fromEntries(CASE_KINDS.map((k) => [k, points])) as Record<(typeof CASE_KINDS)[number], typeof points>,
  ),
  complexity: z
    .strictObject(
      Object.fromEntries(COMPLEXITY_FLAGS.map((k) => [k, points.optional()])) as Record<
        (typeof COMPLEXITY_FLAGS)[number],
        z.ZodOptional<typeof points>
      >,
    )
    .default({}),
  /** Share of a sibling's points waived when siblings (one family_id) are allocated to the same worker. */
  siblingDiscount: z.number().min(0).max(1).default(0),
  /** Capacity as a share of the ideal, pro rata to FTE: experienced workers, and ASYE (protected caseloads). */
  capacity: z.strictObject({ experienced: z.number().positive().max(2), asye: z.number().positive().max(2) }),
});

export type WorkloadModel = z.infer<typeof modelSchema>;

export class WorkloadModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkloadModelError';
  }
}

export function loadWorkloadModel(path: string = DEFAULT_MODEL_PATH): WorkloadModel {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new WorkloadModelError(`${path}: cannot read the workload model (${reason}).`);
  }
  return parseWorkloadModel(json, path);
}

export function parseWorkloadModel(json: unknown, source = 'workload model'): WorkloadModel {
  const parsed = modelSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new WorkloadModelError(`${source}: ${issue.path.map(String).join('.') || 'file'}: ${issue.message}.`);
  }
  return parsed.data;
}
