/** SSDA903 AD1 and PlacedAdoption into the child's adoption row. */
import type { Dataset903 } from '../ssda903/dataset.ts';
import { keepLaterEnd, keepWhenBlank } from './as-at.ts';
import { booleanFromCell, cellText as text, integerFromCell, isoFromCell } from './codes.ts';
import type { ImportRun, ReturnScope } from './import-context.ts';
import { existingIds, keyOf, type StoreRow } from './upsert.ts';

/** AD1 (adopted in the year) and PlacedAdoption (decision to place) into the child's adoption row. */
export async function importAdoption(
  run: ImportRun,
  scope: ReturnScope,
  dataset: Dataset903,
  periodIds: Map<string, string>,
): Promise<void> {
  const { AD1: ad1, PlacedAdoption: placed, Episodes: episodes } = dataset.current;
  const { laCode } = run;
  const { known } = scope;
  const adoptionIds = await existingIds(run.db, 'adoption', laCode, scope.children, ['child_id', 'care_period_id']);
  const latestPeriod = new Map<string, string>();
  for (const [key, id] of [...periodIds].sort(([a], [b]) => a.localeCompare(b)))
    latestPeriod.set(key.split('|')[0]!, id);
  const orderDates = new Map<string, string>();
  for (const row of episodes ?? []) {
    const rec = text(row, 'REC');
    const dec = isoFromCell(text(row, 'DEC'));
    if ((rec === 'E11' || rec === 'E12') && dec !== null) orderDates.set(text(row, 'CHILD') ?? '', dec);
  }
  const rows = new Map<string, StoreRow>();
  const rowFor = (child: string): StoreRow | undefined => {
    const period = latestPeriod.get(child);
    if (period === undefined) return undefined;
    const existing = rows.get(child);
    if (existing !== undefined) return existing;
    const row: StoreRow = {
      la_code: laCode,
      id: adoptionIds.get(keyOf(child, period)) ?? `${child}-AD-${period.slice(-10)}`,
      child_id: child,
      care_period_id: period,
      decision_date: null,
      match_date: null,
      order_date: orderDates.get(child) ?? null,
      reversal_date: null,
      reversal_reason: null,
      adopters_count: null,
      adopters_sex: null,
      adopters_legal_status: null,
      adopted_by_foster_carer: null,
    };
    rows.set(child, row);
    return row;
  };
  for (const r of placed ?? []) {
    const child = text(r, 'CHILD');
    const row = child !== null && known.has(child) ? rowFor(child) : undefined;
    if (row === undefined) continue;
    row['decision_date'] = isoFromCell(text(r, 'DATE_PLACED'));
    row['reversal_date'] = isoFromCell(text(r, 'DATE_PLACED_CEASED'));
    row['reversal_reason'] = row['reversal_date'] === null ? null : text(r, 'REASON_PLACED_CEASED');
  }
  for (const r of ad1 ?? []) {
    const child = text(r, 'CHILD');
    const row = child !== null && known.has(child) ? rowFor(child) : undefined;
    if (row === undefined) continue;
    row['decision_date'] = isoFromCell(text(r, 'DATE_INT')) ?? row['decision_date'] ?? null;
    row['match_date'] = isoFromCell(text(r, 'DATE_MATCH'));
    row['adopted_by_foster_carer'] = booleanFromCell(text(r, 'FOSTER_CARE'));
    const count = integerFromCell(text(r, 'NB_ADOPTR'));
    row['adopters_count'] = count === 1 || count === 2 ? count : null;
    row['adopters_sex'] = text(r, 'SEX_ADOPTR');
    row['adopters_legal_status'] = text(r, 'LS_ADOPTR');
  }
  const complete = [...rows.values()].filter(
    (row) => row['decision_date'] !== null && !(row['reversal_date'] !== null && row['order_date'] !== null),
  );
  // AD1 comes only in the year of the adoption order: a blank there keeps the match and adopters the
  // store knows, as a reversal after 31 March stays.
  await run.upsert(
    'adoption',
    complete,
    ['la_code', 'id'],
    [
      'decision_date',
      'match_date',
      'order_date',
      'reversal_date',
      'reversal_reason',
      'adopters_count',
      'adopters_sex',
      'adopters_legal_status',
      'adopted_by_foster_carer',
    ],
    {
      ...keepWhenBlank(
        'match_date',
        'order_date',
        'adopters_count',
        'adopters_sex',
        'adopters_legal_status',
        'adopted_by_foster_carer',
      ),
      ...keepLaterEnd('adoption', 'reversal_date', ['reversal_reason'], scope.yearEnd),
    },
  );
}
