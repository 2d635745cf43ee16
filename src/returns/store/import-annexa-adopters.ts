/**
 * Annex A list 11 (adopters) into the adopter table: one row per individual adopter, keyed by the
 * council and the list's individual adopter identifier. No other return carries adopters, so a later
 * list updates what changed; a blank cell keeps what the store has, because an Annex A as at an
 * earlier date leaves later dates blank and importing it must not unlearn them. A row whose dates
 * break the order of the process (adopter table CHECKs) is not stored; a cell that is not one of the
 * list's values is stored blank. Both are reported as queries by readAnnexA.
 */
import { headerOf } from '../io/annexa-lists.ts';
import {
  checkOrder,
  codeCell,
  codeSet,
  dateCell,
  dedupeBy,
  STORED_BLANK,
  unlettered,
  yesNoCell,
  type RowProblem,
} from './annexa-values.ts';
import { integerFromCell } from './codes.ts';
import type { ImportRun } from './import-context.ts';
import type { StoreRow, WriteCounts } from './upsert.ts';
import { keepWhenBlank } from './as-at.ts';

type In = Record<string, string | null>;

/** List 11 date columns and the adopter columns they fill. */
const DATES = [
  ['enquiryReceived', 'enquiry_date'],
  ['stage1Start', 'stage1_start'],
  ['stage1End', 'stage1_end'],
  ['stage2Start', 'stage2_start'],
  ['stage2End', 'stage2_end'],
  ['applicationSubmitted', 'application_date'],
  ['approved', 'approval_date'],
  ['matched', 'match_date'],
  ['childPlaced', 'placed_date'],
  ['adoptionOrder', 'order_date'],
  ['leftProcess', 'left_date'],
] as const;

/** Pairs of list 11 dates where the second cannot come before the first (the adopter table's CHECKs). */
const ORDER: readonly (readonly [string, string])[] = [
  ['enquiryReceived', 'stage1Start'],
  ['stage1Start', 'stage1End'],
  ['stage1End', 'stage2Start'],
  ['stage2Start', 'stage2End'],
  ['applicationSubmitted', 'approved'],
  ['approved', 'matched'],
  ['matched', 'childPlaced'],
  ['childPlaced', 'adoptionOrder'],
  ['enquiryReceived', 'leftProcess'],
];

const ETHNICITY = codeSet('ethnicity');
const SEX: readonly (readonly [RegExp, string])[] = [
  [/^(m|male|1)$/i, 'M'],
  [/^(f|female|2)$/i, 'F'],
  [/^(u|0|9|unknown|not (stated|known|recorded)\b.*)$/i, 'U'],
];
const LEFT: readonly (readonly [RegExp, string])[] = [
  [/^withdr/i, 'withdrew'],
  [/^on[ -]?hold/i, 'on_hold'],
  [/^refus/i, 'refused'],
];

/** The adopter a list 11 row gives (without la_code), or null when its dates are out of order. */
export function adopterFromList11(row: In): { adopter: StoreRow | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const header = (key: string) => headerOf(11, key);
  const dates = Object.fromEntries(DATES.map(([key]) => [key, dateCell(row, key)]));
  const ordering: RowProblem[] = [];
  for (const [earlier, later] of ORDER) checkOrder(dates, [earlier, header(earlier)], [later, header(later)], ordering);
  problems.push(...ordering.map((p) => ({ ...p, message: `${p.message} The adopter is not stored.` })));
  const adopter: StoreRow = {
    id: (row['adopterId'] ?? '').trim(),
    family_id: (row['familyId'] ?? '').trim() || null,
    sex: matchCell(row, 'gender', SEX, 'Male, Female or Not stated', problems),
    ethnicity: codeCell(row, 'ethnicity', header('ethnicity'), ETHNICITY, 'a DfE ethnicity code', problems),
    disabled: yesNoCell(row, 'disability', header('disability'), problems),
    ffa: yesNoCell(row, 'ffa', header('ffa'), problems),
    ...Object.fromEntries(DATES.map(([key, column]) => [column, dates[key] ?? null])),
    children_placed: childrenPlaced(row, problems),
    left_reason: leftReason(row, dates['leftProcess'] ?? null, problems),
  };
  return { adopter: ordering.length > 0 || adopter['id'] === '' ? null : adopter, problems };
}

/** The value whose pattern the (unlettered) cell matches; blank or no match gives null. */
function matchCell(
  row: In,
  key: string,
  patterns: readonly (readonly [RegExp, string])[],
  expected: string,
  problems: RowProblem[],
): string | null {
  const text = unlettered(row[key]);
  if (text === null) return null;
  const value = patterns.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  if (value === null)
    problems.push({
      code: 'ANNEXA-CODE',
      field: headerOf(11, key),
      message: `${headerOf(11, key)} "${row[key]!.trim()}" is not one of ${expected}.${STORED_BLANK}`,
    });
  return value;
}

function childrenPlaced(row: In, problems: RowProblem[]): number | null {
  const text = unlettered(row['childrenPlaced']);
  const count = integerFromCell(text);
  if (text !== null && (count === null || count < 0)) {
    problems.push({
      code: 'ANNEXA-CODE',
      field: headerOf(11, 'childrenPlaced'),
      message: `${headerOf(11, 'childrenPlaced')} "${text}" is not a number of children.${STORED_BLANK}`,
    });
    return null;
  }
  return count;
}

function leftReason(row: In, left: string | null, problems: RowProblem[]): string | null {
  const reason = matchCell(row, 'reasonLeft', LEFT, 'Withdrew, On hold or Refused', problems);
  if (reason !== null && left === null) {
    problems.push({
      code: 'ANNEXA-MISSING',
      field: headerOf(11, 'reasonLeft'),
      message: `${headerOf(11, 'reasonLeft')} is given without ${headerOf(11, 'leftProcess')}.${STORED_BLANK}`,
    });
    return null;
  }
  return reason;
}

/** Upserts list 11's adopters; a blank cell keeps the stored value. */
export async function importAdopters(run: ImportRun, rows: readonly In[]): Promise<WriteCounts> {
  const { laCode } = run;
  const adopters: StoreRow[] = rows.flatMap((row) => {
    const { adopter } = adopterFromList11(row);
    return adopter === null ? [] : [{ la_code: laCode, ...adopter }];
  });
  const columns = Object.keys(adopters[0] ?? {}).filter((c) => c !== 'la_code' && c !== 'id');
  return run.upsert(
    'adopter',
    dedupeBy(adopters, (a) => a['id']),
    ['la_code', 'id'],
    columns,
    keepWhenBlank(...columns),
  );
}
