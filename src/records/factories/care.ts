/**
 * Factories for periods of care: the period, its placements and SSDA903 episodes, and a helper that
 * builds a whole period from a list of episode specs so the three stay consistent (903 convention:
 * an episode ends on the day the next begins, with reason X1 when the period continues).
 */
import type { Db } from '../../store/db.ts';
import { insertMany, insertOne, nextId, TEST_LA } from './insert.ts';
import { childIdFor, ensureCouncil } from './people.ts';
import type {
  CarePeriodRow,
  ChildrensHomeRow,
  ClaEpisodeRow,
  ClaReviewRow,
  HealthCheckRow,
  HealthOutcomeRow,
  HomeInspectionRow,
  MissingEpisodeRow,
  PlacementRow,
} from '../../store/rows.ts';
export type {
  CarePeriodRow,
  ChildrensHomeRow,
  ClaEpisodeRow,
  ClaReviewRow,
  HealthCheckRow,
  HealthOutcomeRow,
  HomeInspectionRow,
  MissingEpisodeRow,
  PlacementRow,
} from '../../store/rows.ts';

/** Inserts the period row alone (no episodes); see buildCarePeriodWithEpisodes for a whole period. */
export async function buildCarePeriod(db: Db, overrides: Partial<CarePeriodRow> = {}): Promise<CarePeriodRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'care_period', {
    la_code,
    id: nextId('CLA'),
    start_date: '2023-04-03',
    end_date: null,
    short_breaks_only: false,
    ...overrides,
    child_id,
  } satisfies CarePeriodRow);
}

/** One episode of a period: only `start` is required; the rest follow the previous episode. */
export interface EpisodeSpec {
  start: string;
  /** 903 RNE; default S for the first episode, P after. L keeps the placement; S, P, B, T, U start a new one. */
  reason_new?: 'S' | 'L' | 'P' | 'T' | 'B' | 'U';
  legal_status?: string;
  /** Ignored for an L episode (the placement continues). Default: the previous type, or U6. */
  placement_type?: string;
  provider?: string;
  /** Default true; null for a placement whose area is not recorded. */
  in_area?: boolean | null;
  postcode?: string | null;
  urn?: string | null;
  home_id?: string | null;
  weekly_cost?: number | null;
  category_of_need?: string;
  reason_place_change?: string | null;
}

export interface CarePeriodSpec {
  la_code?: string;
  child_id?: string;
  id?: string;
  episodes: readonly EpisodeSpec[];
  /** The day the child ceased to be looked after; omit while still looked after. */
  end?: string;
  /** 903 REC of the last episode (default E8 when `end` is given). */
  reason_ceased?: string;
}

export interface BuiltCarePeriod {
  period: CarePeriodRow;
  placements: PlacementRow[];
  episodes: ClaEpisodeRow[];
}

const NEW_PLACEMENT = new Set(['S', 'P', 'T', 'B', 'U']);
/** T and U: the placement changes but the carers stay the same (903 RNE). */
const SAME_CARER = new Set(['T', 'U']);
const SHORT_BREAKS = new Set(['V3', 'V4']);

/** Builds a period of care with its placements and episodes from episode specs in date order. */
export async function buildCarePeriodWithEpisodes(db: Db, spec: CarePeriodSpec): Promise<BuiltCarePeriod> {
  const la_code = spec.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, spec.child_id);
  const first = spec.episodes[0];
  if (!first) throw new Error('buildCarePeriodWithEpisodes: at least one episode is needed');
  const periodId = spec.id ?? nextId('CLA');
  const end = spec.end ?? null;
  const episodes: ClaEpisodeRow[] = [];
  const placements: PlacementRow[] = [];
  let legalStatus = first.legal_status ?? 'C2';
  let category = first.category_of_need ?? 'N1';
  let carer = '';
  spec.episodes.forEach((episode, index) => {
    const reasonNew = episode.reason_new ?? (index === 0 ? 'S' : 'P');
    const next = spec.episodes[index + 1];
    const episodeEnd = next ? next.start : end;
    legalStatus = episode.legal_status ?? legalStatus;
    category = episode.category_of_need ?? category;
    let placement = placements.at(-1);
    if (!placement || NEW_PLACEMENT.has(reasonNew)) {
      if (placement) placement.end_date = episode.start;
      if (!placement || !SAME_CARER.has(reasonNew)) carer = nextId('FC');
      placement = {
        la_code,
        id: nextId('PL'),
        child_id,
        care_period_id: periodId,
        start_date: episode.start,
        end_date: null,
        placement_type: episode.placement_type ?? placement?.placement_type ?? 'U6',
        provider: episode.provider ?? 'PR1',
        postcode: episode.postcode ?? null,
        urn: episode.urn ?? null,
        home_id: episode.home_id ?? null,
        carer_id: carer,
        in_area: episode.in_area === undefined ? true : episode.in_area,
        weekly_cost: episode.weekly_cost === undefined ? 500 : episode.weekly_cost,
      };
      placements.push(placement);
    }
    episodes.push({
      la_code,
      id: nextId('EP'),
      child_id,
      care_period_id: periodId,
      placement_id: placement.id,
      start_date: episode.start,
      reason_new: reasonNew,
      legal_status: legalStatus,
      category_of_need: category,
      placement_type: placement.placement_type,
      provider: placement.provider,
      home_postcode: null,
      placement_postcode: placement.postcode,
      urn: placement.urn,
      end_date: episodeEnd,
      reason_ceased: next ? 'X1' : end ? (spec.reason_ceased ?? 'E8') : null,
      reason_place_change: index > 0 && reasonNew !== 'L' ? (episode.reason_place_change ?? 'CARPL') : null,
    });
  });
  const lastPlacement = placements.at(-1);
  if (lastPlacement) lastPlacement.end_date = end;
  const period: CarePeriodRow = {
    la_code,
    id: periodId,
    child_id,
    start_date: first.start,
    end_date: end,
    short_breaks_only: episodes.every((episode) => SHORT_BREAKS.has(episode.legal_status)),
  };
  await insertOne(db, 'care_period', period);
  await insertMany(db, 'placement', placements);
  await insertMany(db, 'cla_episode', episodes);
  return { period, placements, episodes };
}

export async function buildClaReview(db: Db, overrides: Partial<ClaReviewRow> = {}): Promise<ClaReviewRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'cla_review', {
    la_code,
    id: nextId('LR'),
    review_date: '2023-04-28',
    participation: 'PN1',
    ...overrides,
    child_id,
  } satisfies ClaReviewRow);
}

export async function buildMissingEpisode(
  db: Db,
  overrides: Partial<MissingEpisodeRow> = {},
): Promise<MissingEpisodeRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'missing_episode', {
    la_code,
    id: nextId('MI'),
    kind: 'M',
    start_date: '2024-05-10',
    end_date: '2024-05-11',
    rhi_offered_date: '2024-05-12',
    rhi_accepted: true,
    ...overrides,
    child_id,
  } satisfies MissingEpisodeRow);
}

export async function buildHealthOutcome(db: Db, overrides: Partial<HealthOutcomeRow> = {}): Promise<HealthOutcomeRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'health_outcome', {
    la_code,
    year: 2025,
    sdq_score: 12,
    sdq_reason: null,
    convicted: false,
    health_check: null,
    immunisations: true,
    teeth_check: true,
    health_assessment: true,
    substance_misuse: false,
    intervention_received: null,
    intervention_offered: null,
    ...overrides,
    child_id,
  } satisfies HealthOutcomeRow);
}

export async function buildHealthCheck(db: Db, overrides: Partial<HealthCheckRow> = {}): Promise<HealthCheckRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'health_check', {
    la_code,
    id: nextId('HC'),
    kind: 'health_assessment',
    check_date: '2024-09-02',
    ...overrides,
    child_id,
  } satisfies HealthCheckRow);
}

export async function buildChildrensHome(db: Db, overrides: Partial<ChildrensHomeRow> = {}): Promise<ChildrensHomeRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  await ensureCouncil(db, la_code);
  const id = overrides.id ?? nextId('H');
  const digits = id.replace(/\D/g, '').padStart(6, '0').slice(-6);
  return insertOne(db, 'childrens_home', {
    la_code,
    id,
    name: `Home ${id}`,
    urn: `SC${digits}`,
    places: 4,
    secure: false,
    opened: '2012-01-01',
    closed: null,
    ...overrides,
  } satisfies ChildrensHomeRow);
}

export async function buildHomeInspection(
  db: Db,
  overrides: Partial<HomeInspectionRow> = {},
): Promise<HomeInspectionRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const home_id = overrides.home_id ?? (await buildChildrensHome(db, { la_code })).id;
  return insertOne(db, 'home_inspection', {
    la_code,
    id: nextId('HI'),
    inspection_date: '2024-10-01',
    grade: 'good',
    ...overrides,
    home_id,
  } satisfies HomeInspectionRow);
}
