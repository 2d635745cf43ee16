/**
 * Reading Annex A cells into store values for the lists the store takes whole records from (8 and
 * 11). Annex A workbooks write a code alone ("C2"), with its label ("C2 - Full care order") or after
 * a letter ("a) C2"): the code is the first word once any "a)" letter is set aside (RETURNS.md 3).
 * A cell that gives no store value is a problem for the row, reported as a query with what was
 * expected; what the row can still give is imported.
 */
import { getCodeList } from '../../codes/index.ts';
import { booleanFromCell, isoFromCell } from './codes.ts';

/** Why part of a row is not imported: the column's header and a sentence naming what was expected. */
export interface RowProblem {
  code: 'ANNEXA-CODE' | 'ANNEXA-ORDER' | 'ANNEXA-MISSING';
  field: string;
  message: string;
}

type In = Record<string, string | null>;

/** What becomes of a cell that gives no value when the rest of the row is still stored. */
export const STORED_BLANK = ' It is stored blank.';

/** The cell's text without a leading "a) " letter, trimmed; null when blank. */
export function unlettered(cell: string | null | undefined): string | null {
  const text = (cell ?? '').trim().replace(/^[a-z]\)\s*/i, '');
  return text === '' ? null : text;
}

/** The codes of a DfE or local code list (src/codes), less any the store column refuses. */
export function codeSet(listId: string, except: readonly string[] = []): ReadonlySet<string> {
  return new Set(
    getCodeList(listId)
      .codes.map((c) => c.code)
      .filter((code) => !except.includes(code)),
  );
}

/**
 * The code a cell gives (its first word, upper-cased) when `allowed` has it. Blank gives null and
 * no problem; anything else gives null and a problem naming the codes expected.
 */
export function codeCell(
  row: In,
  key: string,
  header: string,
  allowed: ReadonlySet<string>,
  what: string,
  problems: RowProblem[],
  then = STORED_BLANK,
): string | null {
  const text = unlettered(row[key]);
  if (text === null) return null;
  const code = /^[A-Za-z0-9]+/.exec(text)?.[0].toUpperCase() ?? '';
  if (allowed.has(code)) return code;
  problems.push({
    code: 'ANNEXA-CODE',
    field: header,
    message: `${header} "${row[key]!.trim()}" is not ${what}; expected one of ${[...allowed].join(', ')}.${then}`,
  });
  return null;
}

/** Yes/No (Y/N, 1/0, true/false, with or without a letter); anything else is a problem. */
export function yesNoCell(row: In, key: string, header: string, problems: RowProblem[]): boolean | null {
  const text = unlettered(row[key]);
  if (text === null) return null;
  const value = booleanFromCell(text);
  if (value === null)
    problems.push({
      code: 'ANNEXA-CODE',
      field: header,
      message: `${header} "${row[key]!.trim()}" is not Yes or No.${STORED_BLANK}`,
    });
  return value;
}

/** A date column already checked by readAnnexA (a cell that is not a date is an error there). */
export function dateCell(row: In, key: string): string | null {
  return isoFromCell(row[key]);
}

/** One problem when `later` is before `earlier` (both given): the row breaks the order of events. */
export function checkOrder(
  dates: Record<string, string | null>,
  earlier: [string, string],
  later: [string, string],
  problems: RowProblem[],
): void {
  const a = dates[earlier[0]] ?? null;
  const b = dates[later[0]] ?? null;
  if (a !== null && b !== null && b < a) {
    problems.push({
      code: 'ANNEXA-ORDER',
      field: later[1],
      message: `${later[1]} (${b}) is before ${earlier[1]} (${a}).`,
    });
  }
}

/** The first of each key, in order. */
export function dedupeBy<T>(list: readonly T[], key: (row: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return list.filter((row) => (seen.has(key(row)) ? false : (seen.add(key(row)), true)));
}
