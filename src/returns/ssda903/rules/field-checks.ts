/**
 * Checks for the many rules that say "this field must be a valid date" or "a valid code": each returns
 * the `validate` of a rule, so the module still reads `defineRule({ code, ..., validate: invalidCode(...) })`.
 */
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903, Table903 } from '../dataset.ts';
import { val } from './cells.ts';
import { parseDate } from './dates.ts';
import { flagRows, rowsOf, whereRows } from './rows.ts';

/**
 * Flags rows of `table` whose `column` is not a real date. Blank cells are flagged only when `required`
 * (a mandatory item left blank is as invalid as a bad date).
 */
export function invalidDate(table: Table903, column: string, required: boolean): (data: Dataset903) => FlaggedRow[] {
  return (data) => {
    const rows = rowsOf(data, table);
    return flagRows(
      table,
      whereRows(rows, (row) => {
        const cell = val(row, column);
        if (cell === null) return required;
        return parseDate(cell) === null;
      }),
    );
  };
}

/** Flags rows of `table` whose `column` is not in `codes`. Blank cells are flagged only when `required`. */
export function invalidCode(
  table: Table903,
  column: string,
  codes: readonly string[],
  required: boolean,
): (data: Dataset903) => FlaggedRow[] {
  return (data) => {
    const rows = rowsOf(data, table);
    return flagRows(
      table,
      whereRows(rows, (row) => {
        const cell = val(row, column);
        if (cell === null) return required;
        return !codes.includes(cell);
      }),
    );
  };
}
