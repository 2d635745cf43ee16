/**
 * A return describes a council's records as at its reference date (31 March): an episode, plan or
 * referral still open then has no end date in it, though the store may know the end that came later.
 * Importing the return must not undo what the store knows about later days, so a blank end keeps the
 * store's end (and the columns that go with it, such as the reason) when that end is after the
 * reference date. A blank end replaces one on or before it: the return corrects it.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** SQL conditions, by column, under which an upsert keeps the store's value (see upsertRows). */
export type KeepConditions = Readonly<Record<string, string>>;

/** Keep `dateColumn` and `withIt` when the return leaves the date blank and the store's is after `reference`. */
export function keepLaterEnd(
  table: string,
  dateColumn: string,
  withIt: readonly string[],
  reference: string,
): KeepConditions {
  if (!ISO_DATE.test(reference)) throw new Error(`Invalid reference date: ${reference}`);
  const condition = `EXCLUDED.${dateColumn} IS NULL AND ${table}.${dateColumn} > DATE '${reference}'`;
  return Object.fromEntries([dateColumn, ...withIt].map((column) => [column, condition]));
}

/** Keep each column's stored value when the return gives none (it does not carry it for every row). */
export function keepWhenBlank(...columns: readonly string[]): KeepConditions {
  return Object.fromEntries(columns.map((column) => [column, `EXCLUDED.${column} IS NULL`]));
}
