/** Reading one cell of a census row: its trimmed text, a yes/no flag, assessment factor codes. */
import type { Row } from '../dataset.ts';

/** The trimmed text of a cell; blank counts as missing (null). */
export function text(row: Row | undefined, field: string): string | null {
  const value = row?.[field];
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Census yes/no values: the schema allows true/false/1/0 (any case). Anything else is null (invalid or
 * missing), so callers decide whether an invalid flag counts.
 */
export function yesNo(value: string | null): boolean | null {
  if (value === null) return null;
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return null;
}

/**
 * The factor codes in an Assessments row. The flattening keeps one row per factor, but a cell holding
 * several codes separated by commas or spaces is read as a list as well.
 */
export function factorCodes(row: Row): string[] {
  const value = text(row, 'AssessmentFactors');
  return value === null ? [] : value.split(/[\s,]+/).filter((code) => code !== '');
}
