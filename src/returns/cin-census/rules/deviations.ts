/**
 * Where our CIN rules deliberately differ from the open validator's recorded output, and why. The
 * conformance test asserts our cells as listed here (table|row label|field), so a change on either side
 * shows up. Keep docs/RULES.md in step.
 */
export interface Deviation {
  reason: string;
  /** Our flagged cells for the case's call, as `Table|rowLabel|Field`. */
  cells?: string[];
  /** For return-level rules: whether we flag the return. */
  returnFlagged?: boolean;
}

export const DEVIATIONS: Record<string, Deviation> = {};
