/**
 * Saving entered values of manual measures: every row is checked first, and either all rows are
 * written in one transaction or none is (a half-imported quarter would silently mislead a scorecard).
 * A value entered again for the same measure, period and level replaces the earlier one.
 */
import type { Db } from '../../store/db.ts';
import { MeasureValueInput } from './MeasureValueInput.ts';

export interface MeasureRowError {
  /** 1-based position of the row among those given (the CSV reader maps it to a file line). */
  row: number;
  message: string;
}

export interface SaveMeasureValuesOptions {
  /** Who entered the values (audit). */
  enteredBy: string;
  /** Refuses ids that are not manual measures of the catalogue; absent: any well-formed id. */
  isManualMeasure?: (indicatorId: string) => boolean;
}

export type SaveMeasureValuesResult = { saved: number; errors: [] } | { saved: 0; errors: MeasureRowError[] };

/** Validates `inputs` (unknown shapes, e.g. parsed CSV or JSON) and saves them all, or reports every row error and saves none. */
export async function saveMeasureValues(
  db: Db,
  la_code: string,
  inputs: readonly unknown[],
  options: SaveMeasureValuesOptions,
): Promise<SaveMeasureValuesResult> {
  const errors: MeasureRowError[] = [];
  const rows: MeasureValueInput[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, index) => {
    const parsed = MeasureValueInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row: index + 1, message: `${issue.path.join('.') || 'row'}: ${issue.message}` });
      return;
    }
    const row = parsed.data;
    if (options.isManualMeasure && !options.isManualMeasure(row.indicator_id)) {
      errors.push({
        row: index + 1,
        message: `indicator_id: ${row.indicator_id} is not a manual measure of the catalogue`,
      });
      return;
    }
    const key = [row.indicator_id, row.period_from, row.period_to, row.level_kind, row.level_id].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({ row: index + 1, message: `repeats row ${earlier} (same measure, period and level)` });
      return;
    }
    seen.set(key, index + 1);
    rows.push(row);
  });
  if (errors.length > 0) return { saved: 0, errors };
  if (rows.length === 0) return { saved: 0, errors: [] };
  await db.transaction(async (tx) => {
    await tx.query(UPSERT, [la_code, options.enteredBy, JSON.stringify(rows)]);
  });
  return { saved: rows.length, errors: [] };
}

const UPSERT = `
INSERT INTO measure_value (la_code, indicator_id, period_from, period_to, level_kind, level_id, value, numerator, denominator, note, entered_by)
SELECT $1, r.indicator_id, r.period_from, r.period_to, r.level_kind, r.level_id, r.value, r.numerator, r.denominator, r.note, $2
FROM json_populate_recordset(NULL::measure_value, $3::json) AS r
ON CONFLICT (la_code, indicator_id, period_from, period_to, level_kind, level_id) DO UPDATE SET
  value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
  note = excluded.note, entered_by = excluded.entered_by, entered_at = now()`;
