/**
 * Annex A list 8 (children in care) into care records. The 903 is the source of care, so a row makes
 * records only for a child the store holds no care for over the row's dates: then one period of care,
 * one placement and one episode (RNE S) from 'Date Started to be Looked After'. Annex A gives only the
 * current legal status and the most recent placement, so that one episode carries them from the start.
 * The row is read as the 903 episode it describes and derived as the 903's are (care-from-episodes.ts),
 * under the 903 import's ids, so a later 903 with the same DECOM updates these rows rather than adding.
 * For any child in care on the date (the 903's care or the new), the latest review, last social work
 * visit, health assessment and dental check are added where the store has no such row. A review needs
 * its 903 participation code, which Annex A does not give: only a child under 4 at it has one without
 * asking (PN0, rule 440), so older children's reviews are left to the 903; short-break children (V3/V4)
 * have no reviews in the 903 (rule 399).
 */
import { ageInYears } from '../../calendar/dates.ts';
import { headerOf } from '../io/annexa-lists.ts';
import type { Row } from '../ssda903/dataset.ts';
import { checkOrder, codeCell, codeSet, dateCell, dedupeBy, type RowProblem } from './annexa-values.ts';
import { deriveCare } from './care-from-episodes.ts';
import type { ImportRun } from './import-context.ts';
import { existingIds, keyOf, type StoreRow } from './upsert.ts';

type In = Record<string, string | null>;

/** What one list 8 row can give the store. */
export interface List8Care {
  child: string;
  /** The row as a 903 Episodes row (DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, PL_POST, URN, DEC, REC). */
  episode: Row;
  start: string;
  end: string | null;
  shortBreaks: boolean;
  review: string | null;
  visit: string | null;
  healthAssessment: string | null;
  dentalCheck: string | null;
}

const LEGAL_STATUS = codeSet('legal_status');
/** cla_episode takes the 903 CIN codes N1-N8: N9 and N0 are CIN census codes for children not in care. */
const NEED = codeSet('primary_need', ['N9', 'N0']);
const PLACEMENT = codeSet('placement_type');
const PROVIDER = codeSet('placement_provider');
/** X1 starts a new episode the same day: it never ends care. */
const CEASED = codeSet('rec', ['X1']);
const SHORT_BREAKS = new Set(['V3', 'V4']);
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;
const NOT_MADE = ' No care record is made from this row (the store keeps any care a 903 return gave).';

/** A list 8 row's care and the problems that stop or trim it; care is null when no episode can be made. */
export function careFromList8(row: In): { care: List8Care | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const blocking: RowProblem[] = [];
  const header = (key: string) => headerOf(8, key);
  const start = dateCell(row, 'lookedAfterStart');
  const end = dateCell(row, 'lookedAfterEnd');
  const needed = (
    key: string,
    allowed: ReadonlySet<string>,
    what: string,
    blank = 'an episode of care needs it',
  ): string | null => {
    const before = blocking.length;
    const code = codeCell(row, key, header(key), allowed, what, blocking, '');
    if (code === null && blocking.length === before)
      blocking.push({ code: 'ANNEXA-MISSING', field: header(key), message: `${header(key)} is blank: ${blank}.` });
    return code;
  };
  const legalStatus = needed('legalStatus', LEGAL_STATUS, 'a 903 legal status (LS)');
  const need = needed('categoryOfNeed', NEED, 'a 903 category of need (CIN)');
  const placement = needed('placementType', PLACEMENT, 'a 903 placement type (PLACE)');
  const reasonCeased =
    end === null
      ? null
      : needed(
          'reasonCeased',
          CEASED,
          'a 903 reason episode ceased (REC) that ends care',
          `care that ceased (${header('lookedAfterEnd')}) needs it`,
        );
  checkOrder({ start, end }, ['start', header('lookedAfterStart')], ['end', header('lookedAfterEnd')], blocking);
  const provider = codeCell(
    row,
    'placementProvider',
    header('placementProvider'),
    PROVIDER,
    'a 903 placement provider (PLACE_PROVIDER)',
    problems,
  );
  problems.push(...blocking.map((p) => ({ ...p, message: p.message + NOT_MADE })));
  const child = (row['childId'] ?? '').trim();
  if (
    blocking.length > 0 ||
    child === '' ||
    start === null ||
    legalStatus === null ||
    need === null ||
    placement === null
  )
    return { care: null, problems };
  const text = (key: string) => (row[key] ?? '').trim() || null;
  const episode: Row = {
    CHILD: child,
    DECOM: start,
    RNE: 'S',
    LS: legalStatus,
    CIN: need,
    PLACE: placement,
    PLACE_PROVIDER: provider,
    PL_POST: text('placementPostcode'),
    URN: text('urn'),
    DEC: end,
    REC: reasonCeased,
  };
  const care: List8Care = {
    child,
    episode,
    start,
    end,
    shortBreaks: SHORT_BREAKS.has(legalStatus),
    review: dateCell(row, 'latestReview'),
    visit: dateCell(row, 'lastVisit'),
    healthAssessment: dateCell(row, 'lastHealthAssessment'),
    dentalCheck: dateCell(row, 'lastDentalCheck'),
  };
  return { care, problems };
}

interface Span {
  start_date: string;
  end_date: string | null;
}

function overlaps(a: Span, b: Span): boolean {
  return (a.end_date === null || a.end_date >= b.start_date) && (b.end_date === null || b.end_date >= a.start_date);
}

function covers(span: Span, date: string): boolean {
  return span.start_date <= date && (span.end_date === null || span.end_date >= date);
}

/** Care records from list 8 for `known` children, then the dated events of children in care on their dates. */
export async function importList8(run: ImportRun, rows: readonly In[], known: ReadonlySet<string>): Promise<void> {
  const { db, laCode } = run;
  const cares = rows
    .map((row) => careFromList8(row).care)
    .filter((care): care is List8Care => care !== null && known.has(care.child));
  const children = [...new Set(cares.map((care) => care.child))];
  const held = new Map<string, Span[]>();
  const stored = await db.query<Span & { child_id: string }>(
    'SELECT child_id, start_date, end_date FROM care_period WHERE la_code = $1 AND child_id = ANY($2::text[])',
    [laCode, children],
  );
  for (const span of stored) held.set(span.child_id, [...(held.get(span.child_id) ?? []), span]);
  const made = { care_period: [] as StoreRow[], placement: [] as StoreRow[], cla_episode: [] as StoreRow[] };
  for (const care of cares) {
    const spans = held.get(care.child) ?? [];
    const span = { start_date: care.start, end_date: care.end };
    if (spans.some((s) => overlaps(s, span))) continue;
    held.set(care.child, [...spans, span]);
    const rowsOf = careRows(care, laCode);
    made.care_period.push(rowsOf.period);
    made.placement.push(rowsOf.placement);
    made.cla_episode.push(rowsOf.episode);
  }
  // Inserted only: a row of the same id is the 903's (or an earlier import's) and stays as it is.
  for (const table of ['care_period', 'placement', 'cla_episode'] as const)
    await run.upsert(table, made[table], ['la_code', 'id'], []);
  const inCare = (care: List8Care, date: string | null): date is string =>
    date !== null && (held.get(care.child) ?? []).some((s) => covers(s, date));
  await importEvents(run, cares, children, inCare);
}

/** The period, placement and episode of one row, shaped and keyed as the 903 import makes them. */
function careRows(care: List8Care, laCode: string): { period: StoreRow; placement: StoreRow; episode: StoreRow } {
  const derived = deriveCare([care.episode]);
  const period = derived.periods[0]!;
  const placement = derived.placements[0]!;
  const episode = derived.episodes[0]!;
  const row = care.episode;
  const periodId = `${care.child}-CP-${period.start}`;
  const placementId = `${care.child}-PL-${placement.start}`;
  const postcode = row['PL_POST']?.toUpperCase().replace(/\s+/g, ' ') ?? null;
  return {
    period: {
      la_code: laCode,
      id: periodId,
      child_id: care.child,
      start_date: period.start,
      end_date: period.end,
      short_breaks_only: period.shortBreaksOnly,
    },
    placement: {
      la_code: laCode,
      id: placementId,
      child_id: care.child,
      care_period_id: periodId,
      start_date: placement.start,
      end_date: placement.end,
      placement_type: row['PLACE'] ?? null,
      provider: row['PLACE_PROVIDER'] ?? null,
      postcode: postcode !== null && POSTCODE.test(postcode) ? postcode : null,
      urn: row['URN'] ?? null,
    },
    episode: {
      la_code: laCode,
      id: `${care.child}-EP-${episode.start}`,
      child_id: care.child,
      care_period_id: periodId,
      placement_id: placementId,
      start_date: episode.start,
      reason_new: episode.reasonNew,
      legal_status: row['LS'] ?? null,
      category_of_need: row['CIN'] ?? null,
      placement_type: row['PLACE'] ?? null,
      provider: row['PLACE_PROVIDER'] ?? null,
      home_postcode: null,
      placement_postcode: row['PL_POST'] ?? null,
      urn: row['URN'] ?? null,
      end_date: episode.end,
      reason_ceased: episode.end === null ? null : episode.reasonCeased,
      reason_place_change: null,
    },
  };
}

/** Latest review, last visit and health checks not yet in the store, for children in care on their dates. */
async function importEvents(
  run: ImportRun,
  cares: readonly List8Care[],
  children: string[],
  inCare: (care: List8Care, date: string | null) => date is string,
): Promise<void> {
  const { db, laCode } = run;
  const births = new Map(
    (
      await db.query<{ id: string; date_of_birth: string }>(
        'SELECT id, date_of_birth FROM child WHERE la_code = $1 AND id = ANY($2::text[])',
        [laCode, children],
      )
    ).map((c) => [c.id, c.date_of_birth]),
  );
  const reviews = cares.flatMap((care) => {
    const birth = births.get(care.child);
    if (!inCare(care, care.review) || care.shortBreaks || birth === undefined || ageInYears(birth, care.review) >= 4)
      return [];
    return [
      {
        la_code: laCode,
        id: `${care.child}-RV-${care.review}`,
        child_id: care.child,
        review_date: care.review,
        participation: 'PN0',
      },
    ];
  });
  await run.upsert(
    'cla_review',
    dedupeBy(reviews, (r) => r.id),
    ['la_code', 'child_id', 'review_date'],
    [],
  );

  const visitIds = await existingIds(db, 'visit', laCode, children, ['child_id', 'visit_date', 'kind']);
  // A statutory visit is one where the social worker sees the child (Care Planning Regulations 2010, reg. 28);
  // Annex A does not say whether alone.
  const visits = cares.flatMap((care) =>
    !inCare(care, care.visit) || visitIds.has(keyOf(care.child, care.visit, 'cla'))
      ? []
      : [
          {
            la_code: laCode,
            id: `${care.child}-VS-${care.visit}`,
            child_id: care.child,
            visit_date: care.visit,
            kind: 'cla',
            seen: true,
            seen_alone: false,
          },
        ],
  );
  await run.upsert(
    'visit',
    dedupeBy(visits, (r) => r.id),
    ['la_code', 'id'],
    [],
  );

  const checkIds = await existingIds(db, 'health_check', laCode, children, ['child_id', 'kind', 'check_date']);
  const checks = cares.flatMap((care) =>
    (
      [
        ['health_assessment', care.healthAssessment, 'HA'],
        ['dental', care.dentalCheck, 'DC'],
      ] as const
    ).flatMap(([kind, date, tag]) =>
      !inCare(care, date) || checkIds.has(keyOf(care.child, kind, date))
        ? []
        : [{ la_code: laCode, id: `${care.child}-${tag}-${date}`, child_id: care.child, kind, check_date: date }],
    ),
  );
  await run.upsert(
    'health_check',
    dedupeBy(checks, (r) => r.id),
    ['la_code', 'id'],
    [],
  );
}
