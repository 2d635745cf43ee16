/**
 * Maps a validated SSDA903 return into the record store. The child key is CHILD (the council's own
 * id, the same as the CIN census LAchildID), so a child in both returns is one child. Episodes give
 * periods of care and placements (care-from-episodes.ts); each table is matched on its natural key
 * (episode: child + DECOM; review: child + REVIEW; missing: child + MIS_START + MISSING, RETURNS.md
 * 1.3) so a re-import changes nothing and a later return updates what changed. Rows of a child in the
 * return that fall in its year but are no longer in it (a corrected DECOM, a deleted review) go.
 * SWEpisodes become social worker allocations (import-social-workers.ts).
 */
import type { Dataset903, Row } from '../ssda903/dataset.ts';
import { birthdayInYear } from '../../calendar/birthdays.ts';
import { deriveCare } from './care-from-episodes.ts';
import {
  booleanFromCell,
  cellText as text,
  codeIn,
  integerFromCell,
  isoFromCell,
  storeSex,
  UPN_PATTERN,
  UPN_UNKNOWN,
} from './codes.ts';
import { keepLaterEnd, keepWhenBlank } from './as-at.ts';
import { importSocialWorkers } from './import-social-workers.ts';
import { ImportRun, type ImportContext, type ImportCounts, type ReturnScope } from './import-context.ts';
import { existingIds, keyOf, type StoreRow } from './upsert.ts';

/** The tables a 903 import writes (team, worker and allocation from SWEpisodes), for progress. */
const TABLES_WRITTEN = 14;

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;
const REC_CODES = new Set([
  'X1',
  'E11',
  'E12',
  'E13',
  'E14',
  'E15',
  'E16',
  'E17',
  'E2',
  'E3',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
  'E4A',
  'E4B',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
]);

function postcode(value: string | null): string | null {
  const normal = value?.toUpperCase().replace(/\s+/g, ' ') ?? null;
  return normal !== null && POSTCODE.test(normal) ? normal : null;
}

function byChild(rows: readonly Row[] | undefined, known: ReadonlySet<string>): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows ?? []) {
    const child = text(row, 'CHILD');
    if (child === null || !known.has(child)) continue;
    map.set(child, [...(map.get(child) ?? []), row]);
  }
  return map;
}

export async function import903(context: ImportContext, dataset: Dataset903): Promise<ImportCounts> {
  const { db, laCode } = context;
  const { current } = dataset;
  const { collectionStart, collectionEnd, year } = dataset.meta;
  const run = new ImportRun(context, TABLES_WRITTEN);
  const uasc = new Map((current.UASC ?? []).map((row) => [text(row, 'CHILD') ?? '', row]));
  const children: StoreRow[] = [];
  for (const row of current.Header ?? []) {
    const id = text(row, 'CHILD');
    const sex = storeSex(text(row, 'SEX'));
    const dob = isoFromCell(text(row, 'DOB'));
    const ethnicity = text(row, 'ETHNIC');
    if (id === null || sex === null || dob === null || ethnicity === null) continue;
    const upn = text(row, 'UPN');
    const uascRow = uasc.get(id);
    children.push({
      la_code: laCode,
      id,
      sex,
      ethnicity,
      date_of_birth: dob,
      upn: upn !== null && UPN_PATTERN.test(upn) ? upn.toUpperCase() : null,
      upn_unknown: upn !== null && UPN_UNKNOWN.test(upn) ? upn : null,
      uasc: uascRow !== undefined,
      uasc_ceased: uascRow === undefined ? null : isoFromCell(text(uascRow, 'DUC')),
      mother_of_child: sex === 'F' ? booleanFromCell(text(row, 'MOTHER')) : null,
      first_child_birth: sex === 'F' ? isoFromCell(text(row, 'MC_DOB')) : null,
    });
  }
  await run.upsert(
    'child',
    children,
    ['la_code', 'id'],
    [
      'sex',
      'ethnicity',
      'date_of_birth',
      'upn',
      'upn_unknown',
      'uasc',
      'uasc_ceased',
      'mother_of_child',
      'first_child_birth',
    ],
    // The UASC table lists the year's unaccompanied children: one not in it may have been in an earlier
    // year, so absence does not clear the flag. MOTHER is given only for girls in full-time care.
    { uasc: 'NOT EXCLUDED.uasc', ...keepWhenBlank('uasc_ceased', 'mother_of_child', 'first_child_birth') },
  );
  const known = new Set(children.map((c) => c['id'] as string));
  const ids = [...known];
  const scope: ReturnScope = { yearStart: collectionStart, yearEnd: collectionEnd, known, children: ids };
  const dobs = new Map(children.map((c) => [c['id'] as string, c['date_of_birth'] as string]));

  const periodIdsByChildStart = await importCare(run, scope, byChild(current.Episodes, known));

  const reviews = [...byChild(current.Reviews, known)].flatMap(([child, rows]) =>
    rows.flatMap((row) => {
      const date = isoFromCell(text(row, 'REVIEW'));
      const code = text(row, 'REVIEW_CODE');
      return date === null || code === null
        ? []
        : [{ la_code: laCode, id: `${child}-RV-${date}`, child_id: child, review_date: date, participation: code }];
    }),
  );
  const reviewCounts = await run.upsert(
    'cla_review',
    reviews,
    ['la_code', 'child_id', 'review_date'],
    ['participation'],
  );
  reviewCounts.deleted = await deleteStale(
    run,
    scope,
    'cla_review',
    'review_date',
    reviews.map((r) => keyOf(r.child_id, r.review_date)),
  );

  const missing = [...byChild(current.Missing, known)].flatMap(([child, rows]) =>
    rows.flatMap((row) => {
      const start = isoFromCell(text(row, 'MIS_START'));
      const kind = text(row, 'MISSING');
      return start === null || (kind !== 'M' && kind !== 'A')
        ? []
        : [
            {
              la_code: laCode,
              id: `${child}-MS-${kind}-${start}`,
              child_id: child,
              kind,
              start_date: start,
              end_date: isoFromCell(text(row, 'MIS_END')),
            },
          ];
    }),
  );
  await run.upsert(
    'missing_episode',
    missing,
    ['la_code', 'child_id', 'start_date', 'kind'],
    ['end_date'],
    keepLaterEnd('missing_episode', 'end_date', [], collectionEnd),
  );

  const outcomes = [...byChild(current.OC2, known)].map(([child, rows]) => {
    const row = rows[0];
    const flag = (column: string) => booleanFromCell(text(row, column));
    const score = integerFromCell(text(row, 'SDQ_SCORE'));
    return {
      la_code: laCode,
      child_id: child,
      year,
      sdq_score: score !== null && score >= 0 && score <= 40 ? score : null,
      sdq_reason: text(row, 'SDQ_REASON'),
      convicted: flag('CONVICTED'),
      health_check: flag('HEALTH_CHECK'),
      immunisations: flag('IMMUNISATIONS'),
      teeth_check: flag('TEETH_CHECK'),
      health_assessment: flag('HEALTH_ASSESSMENT'),
      substance_misuse: flag('SUBSTANCE_MISUSE'),
      intervention_received: flag('INTERVENTION_RECEIVED'),
      intervention_offered: flag('INTERVENTION_OFFERED'),
    };
  });
  await run.upsert(
    'health_outcome',
    outcomes,
    ['la_code', 'child_id', 'year'],
    [
      'sdq_score',
      'sdq_reason',
      'convicted',
      'health_check',
      'immunisations',
      'teeth_check',
      'health_assessment',
      'substance_misuse',
      'intervention_received',
      'intervention_offered',
    ],
  );

  // The OC3 status is the contact around the young person's birthday in the year: one the store already
  // has for that birthday is updated (keeping its date), otherwise one is added dated on the birthday.
  const contactIds = await existingIds(db, 'care_leaver_contact', laCode, ids, ['child_id', 'birthday_age']);
  const leaverContacts = [...byChild(current.OC3, known)].flatMap(([child, rows]) => {
    const birthday = birthdayInYear(dobs.get(child), collectionStart, collectionEnd);
    const row = rows[0];
    const inTouch = text(row, 'IN_TOUCH');
    if (birthday === null || inTouch === null) return [];
    const id = contactIds.get(keyOf(child, String(birthday.age))) ?? `${child}-OC3-${year}`;
    return [
      {
        la_code: laCode,
        id,
        child_id: child,
        contact_date: birthday.date,
        birthday_age: birthday.age,
        in_touch: inTouch,
        activity: text(row, 'ACTIV'),
        accommodation: text(row, 'ACCOM'),
      },
    ];
  });
  await run.upsert(
    'care_leaver_contact',
    leaverContacts,
    ['la_code', 'id'],
    ['birthday_age', 'in_touch', 'activity', 'accommodation'],
  );

  await importAdoption(run, scope, dataset, periodIdsByChildStart);

  const prevPerm = [...byChild(current.PrevPerm, known)].flatMap(([child, rows]) => {
    const option = text(rows[0], 'PREV_PERM');
    return option === null
      ? []
      : [
          {
            la_code: laCode,
            child_id: child,
            option,
            order_la: text(rows[0], 'LA_PERM'),
            order_date: isoFromCell(text(rows[0], 'DATE_PERM')),
          },
        ];
  });
  await run.upsert('previous_permanence', prevPerm, ['la_code', 'child_id'], ['option', 'order_la', 'order_date']);

  const doloIds = await existingIds(db, 'dolo', laCode, ids, ['child_id', 'start_date']);
  const dolos = [...byChild(current.DoLo, known)].flatMap(([child, rows]) =>
    rows.flatMap((row) => {
      const start = isoFromCell(text(row, 'DOLO_START'));
      if (start === null) return [];
      return [
        {
          la_code: laCode,
          id: doloIds.get(keyOf(child, start)) ?? `${child}-DOLO-${start}`,
          child_id: child,
          start_date: start,
          end_date: isoFromCell(text(row, 'DOLO_END')),
        },
      ];
    }),
  );
  await run.upsert('dolo', dolos, ['la_code', 'id'], ['end_date']);
  await importSocialWorkers(run, scope, current.SWEpisodes);
  return run.finish();
}

/** Periods, placements and episodes; returns period ids by `child|start` for the adoption rows. */
async function importCare(
  run: ImportRun,
  scope: ReturnScope,
  episodesByChild: Map<string, Row[]>,
): Promise<Map<string, string>> {
  const { db, laCode } = run;
  const { children: ids, yearStart: start, yearEnd: end } = scope;
  const children = [...episodesByChild.keys()];
  const storedPeriods = await db.query<{ id: string; child_id: string; start_date: string; end_date: string | null }>(
    'SELECT id, child_id, start_date, end_date FROM care_period WHERE la_code = $1 AND child_id = ANY($2::text[])',
    [laCode, children],
  );
  const storedPlacements = await db.query<{
    id: string;
    child_id: string;
    start_date: string;
    end_date: string | null;
  }>('SELECT id, child_id, start_date, end_date FROM placement WHERE la_code = $1 AND child_id = ANY($2::text[])', [
    laCode,
    children,
  ]);
  const periodsOf = groupByChildId(storedPeriods);
  const placementsOf = groupByChildId(storedPlacements);
  const periods: StoreRow[] = [];
  const placements: StoreRow[] = [];
  const episodes: StoreRow[] = [];
  const periodIds = new Map<string, string>();
  for (const [child, rows] of episodesByChild) {
    const care = deriveCare(rows);
    const periodIdOf: string[] = [];
    care.periods.forEach((period, index) => {
      const earlier = period.continuesEarlier
        ? (periodsOf.get(child) ?? []).find(
            (p) => p.start_date < period.start && (p.end_date === null || p.end_date >= period.start),
          )
        : undefined;
      const exact = (periodsOf.get(child) ?? []).find((p) => p.start_date === (earlier?.start_date ?? period.start));
      const periodStart = earlier?.start_date ?? period.start;
      const id = exact?.id ?? `${child}-CP-${periodStart}`;
      periodIdOf[index] = id;
      periodIds.set(keyOf(child, periodStart), id);
      periods.push({
        la_code: laCode,
        id,
        child_id: child,
        start_date: periodStart,
        end_date: period.end,
        short_breaks_only: period.shortBreaksOnly,
      });
    });
    const placementIdOf: string[] = [];
    care.placements.forEach((placement, index) => {
      const earlier = placement.continuesEarlier
        ? (placementsOf.get(child) ?? []).find(
            (p) => p.start_date < placement.start && (p.end_date === null || p.end_date >= placement.start),
          )
        : undefined;
      const placementStart = earlier?.start_date ?? placement.start;
      const exact = (placementsOf.get(child) ?? []).find((p) => p.start_date === placementStart);
      const id = exact?.id ?? `${child}-PL-${placementStart}`;
      placementIdOf[index] = id;
      const row = placement.row;
      placements.push({
        la_code: laCode,
        id,
        child_id: child,
        care_period_id: periodIdOf[placement.periodIndex]!,
        start_date: placementStart,
        end_date: placement.end,
        placement_type: text(row, 'PLACE'),
        provider: text(row, 'PLACE_PROVIDER'),
        postcode: postcode(text(row, 'PL_POST')),
        urn: text(row, 'URN'),
      });
    });
    care.episodes.forEach((episode, index) => {
      const row = episode.row;
      // The 903 gives the reason for a placement change on the episode the change ends; the store keeps
      // it on the episode the change starts (see export-903.ts).
      const before = care.episodes[index - 1];
      const reasonPlaceChange =
        before !== undefined && before.reasonCeased === 'X1' && ['P', 'B', 'T', 'U'].includes(episode.reasonNew)
          ? text(before.row, 'REASON_PLACE_CHANGE')
          : null;
      const reasonCeased = episode.end === null ? null : codeIn(episode.reasonCeased, REC_CODES);
      episodes.push({
        la_code: laCode,
        id: `${child}-EP-${episode.start}`,
        child_id: child,
        care_period_id: periodIdOf[episode.periodIndex]!,
        placement_id: placementIdOf[episode.placementIndex]!,
        start_date: episode.start,
        reason_new: episode.reasonNew,
        legal_status: text(row, 'LS'),
        category_of_need: text(row, 'CIN'),
        placement_type: text(row, 'PLACE'),
        provider: text(row, 'PLACE_PROVIDER'),
        home_postcode: text(row, 'HOME_POST'),
        placement_postcode: text(row, 'PL_POST'),
        urn: text(row, 'URN'),
        end_date: reasonCeased === null ? null : episode.end,
        reason_ceased: reasonCeased,
        reason_place_change: reasonPlaceChange,
      });
    });
  }
  // What the return shows open at 31 March keeps an end the store knows from later (as-at.ts); short
  // breaks are returned without postcodes or URN (rules 214, 398), which the store keeps.
  await run.upsert(
    'care_period',
    periods,
    ['la_code', 'id'],
    ['start_date', 'end_date', 'short_breaks_only'],
    keepLaterEnd('care_period', 'end_date', [], end),
  );
  await run.upsert(
    'placement',
    placements,
    ['la_code', 'id'],
    ['care_period_id', 'start_date', 'end_date', 'placement_type', 'provider', 'postcode', 'urn'],
    { ...keepLaterEnd('placement', 'end_date', [], end), ...keepWhenBlank('postcode', 'urn') },
  );
  // The first episode of a child in the return may have changed placement in last year's return: a
  // blank reason there keeps the one the store has.
  const episodeCounts = await run.upsert(
    'cla_episode',
    episodes,
    ['la_code', 'child_id', 'start_date'],
    [
      'care_period_id',
      'placement_id',
      'reason_new',
      'legal_status',
      'category_of_need',
      'placement_type',
      'provider',
      'home_postcode',
      'placement_postcode',
      'urn',
      'end_date',
      'reason_ceased',
      'reason_place_change',
    ],
    {
      ...keepLaterEnd('cla_episode', 'end_date', ['reason_ceased'], end),
      ...keepWhenBlank('reason_place_change', 'home_postcode', 'placement_postcode', 'urn'),
    },
  );
  const stale = await deleteStale(
    run,
    scope,
    'cla_episode',
    'start_date',
    episodes.map((e) => keyOf(e['child_id'] as string, e['start_date'] as string)),
  );
  episodeCounts.deleted = stale;
  if (stale > 0) {
    // Placements and periods left without any episode were made from episodes the return withdrew.
    await db.query(
      'DELETE FROM placement p WHERE la_code = $1 AND child_id = ANY($2::text[]) AND NOT EXISTS (SELECT 1 FROM cla_episode e WHERE e.la_code = p.la_code AND e.placement_id = p.id)',
      [laCode, ids],
    );
    await db.query(
      'DELETE FROM care_period p WHERE la_code = $1 AND child_id = ANY($2::text[]) AND NOT EXISTS (SELECT 1 FROM cla_episode e WHERE e.la_code = p.la_code AND e.care_period_id = p.id)',
      [laCode, ids],
    );
  }
  return periodIds;
}

function groupByChildId<T extends { child_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.child_id, [...(map.get(row.child_id) ?? []), row]);
  return map;
}

/** Deletes rows of these children dated in the year whose `child|date` the return no longer has. */
async function deleteStale(
  run: ImportRun,
  scope: ReturnScope,
  table: string,
  dateColumn: string,
  keep: string[],
): Promise<number> {
  if (scope.children.length === 0) return 0;
  const rows = await run.db.query(
    `DELETE FROM ${table} WHERE la_code = $1 AND child_id = ANY($2::text[]) AND ${dateColumn} BETWEEN $3 AND $4
       AND (child_id || '|' || ${dateColumn}::text) NOT IN (SELECT unnest($5::text[])) RETURNING 1`,
    [run.laCode, scope.children, scope.yearStart, scope.yearEnd, keep],
  );
  return rows.length;
}

/** AD1 (adopted in the year) and PlacedAdoption (decision to place) into the child's adoption row. */
async function importAdoption(
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
