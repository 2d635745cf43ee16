/** SSDA903 Episodes into periods of care, placements and episodes (care-from-episodes.ts derives them). */
import type { Row } from '../ssda903/dataset.ts';
import { keepLaterEnd, keepWhenBlank } from './as-at.ts';
import { deriveCare } from './care-from-episodes.ts';
import { cellText as text, codeIn, isoFromCell } from './codes.ts';
import type { ImportRun, ReturnScope } from './import-context.ts';
import { deleteStale, postcode, REC_CODES } from './import-903-rows.ts';
import { keyOf, type StoreRow } from './upsert.ts';

/** Periods, placements and episodes; returns period ids by `child|start` for the adoption rows. */
export async function importCare(
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
    const care = deriveCare(run.context.leftOut === undefined ? rows : episodesTheStoreCanHold(run, child, rows));
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
      const firstEpisode = care.episodes.find((e) => e.periodIndex === index)?.row;
      periods.push(
        run.tag(
          {
            la_code: laCode,
            id,
            child_id: child,
            start_date: periodStart,
            end_date: period.end,
            short_breaks_only: period.shortBreaksOnly,
          },
          firstEpisode,
        ),
      );
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
      placements.push(
        run.tag(
          {
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
          },
          row,
        ),
      );
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
      episodes.push(
        run.tag(
          {
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
          },
          row,
        ),
      );
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
  const refused = run.context.leftOut?.countsByTable()['cla_episode'] ?? 0;
  if (stale > 0 || refused > 0) {
    // Placements and periods left without any episode were made from episodes the return withdrew, or
    // from episodes the store refused (an import accepting errors): they go, named, with their episodes.
    const orphans = async (table: 'placement' | 'care_period', column: string, made: readonly StoreRow[]) => {
      const gone = await db.query<{ id: string }>(
        `DELETE FROM ${table} p WHERE la_code = $1 AND child_id = ANY($2::text[]) AND NOT EXISTS (SELECT 1 FROM cla_episode e WHERE e.la_code = p.la_code AND e.${column} = p.id) RETURNING id`,
        [laCode, ids],
      );
      const byId = new Map(made.map((row) => [row['id'], row]));
      for (const { id } of gone) {
        const row = byId.get(id);
        if (row !== undefined && refused > 0)
          run.context.leftOut?.leaveStored(table, row, 'left out with its episodes, which were left out');
      }
    };
    await orphans('placement', 'placement_id', placements);
    await orphans('care_period', 'care_period_id', periods);
  }
  return periodIds;
}

/**
 * A child's episodes without those the record model cannot hold, each left out with its reason (only
 * when the import accepts errors): a start that is not a date, an end before the start, an end without a
 * known reason (REC), and an episode
 * starting while an earlier one is open or before it ends (the store holds one episode at a time; the
 * earlier one is kept, as the DfE rules read the chronology from the first episode).
 */
function episodesTheStoreCanHold(run: ImportRun, child: string, rows: readonly Row[]): Row[] {
  const dated = rows.map((row) => ({
    row,
    start: isoFromCell(text(row, 'DECOM')),
    end: isoFromCell(text(row, 'DEC')),
  }));
  const kept: Row[] = [];
  let last: { start: string; end: string | null } | undefined;
  for (const episode of dated.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''))) {
    const { row, start, end } = episode;
    if (start === null) {
      run.leaveOut('Episodes', row, child, 'DECOM is not a date');
    } else if (end === null && text(row, 'DEC') !== null) {
      run.leaveOut(
        'Episodes',
        row,
        child,
        `DEC ${text(row, 'DEC')} is not a date: kept without it, the episode would read as still open`,
      );
    } else if (end !== null && end < start) {
      run.leaveOut('Episodes', row, child, `ends (DEC ${end}) before it starts (DECOM ${start})`);
    } else if (end !== null && codeIn(text(row, 'REC'), REC_CODES) === null) {
      // The store holds an end only with its reason (cla_episode's check): kept without it, the
      // episode would read as still open and the child as still looked after.
      run.leaveOut(
        'Episodes',
        row,
        child,
        `ends on ${end} with REC ${text(row, 'REC') ?? '(blank)'}, not a reason for ceasing the store knows`,
      );
    } else if (last !== undefined && (last.end === null || last.end > start)) {
      run.leaveOut(
        'Episodes',
        row,
        child,
        last.end === null
          ? `starts on ${start} while the episode from ${last.start} is still open (no DEC): overlapping episodes`
          : `starts on ${start}, before the episode from ${last.start} ends on ${last.end}: overlapping episodes`,
      );
    } else {
      kept.push(row);
      last = { start, end };
    }
  }
  return kept;
}

function groupByChildId<T extends { child_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.child_id, [...(map.get(row.child_id) ?? []), row]);
  return map;
}
