/**
 * Builds the SSDA903 return for a collection year from the record store, by SQL, in the shape the
 * readers give (Dataset903, dates dd/mm/yyyy). Cohorts follow the DfE 903 guidance:
 * - Header, Episodes: every child looked after at any time in the year (an episode overlapping
 *   1 April to 31 March), nothing excluded; children in OC3 or AD1 get a Header row too.
 * - Episodes as at 31 March: an episode ending after 31 March is open in this return (no DEC/REC).
 * - OC2: the health_outcome row of the year (kept for children looked after continuously 12 months).
 * - OC3: care leavers whose 17th to 21st birthday fell in the year, from the contact at that birthday.
 * - AD1: children adopted in the year (adoption order in the year). PlacedAdoption: decisions to place
 *   for adoption in force at some time in the year. Missing, Reviews: those in the year.
 * - SWEpisodes from 2023-24, DoLo from 2026-27 (the years the DfE added them).
 */
import type { Db } from '../../store/db.ts';
import type {
  AdoptionRow,
  AllocationRow,
  CareLeaverContactRow,
  ChildRow,
  ClaEpisodeRow,
  ClaReviewRow,
  DoloRow,
  HealthOutcomeRow,
  MissingEpisodeRow,
  PreviousPermanenceRow,
} from '../../store/rows.ts';
import { collectionMeta, type Dataset903, type Row, type Tables903 } from '../ssda903/dataset.ts';
import { birthdayInYear } from '../../calendar/birthdays.ts';
import { continuouslyLookedAfter } from '../ssda903/rules/cohorts.ts';
import { cellFromBoolean, dmyFromIso, sex903 } from './codes.ts';
import type { OnProgress } from './progress.ts';

type Episode = Pick<
  ClaEpisodeRow,
  | 'child_id'
  | 'start_date'
  | 'reason_new'
  | 'legal_status'
  | 'category_of_need'
  | 'placement_type'
  | 'provider'
  | 'end_date'
  | 'reason_ceased'
  | 'reason_place_change'
  | 'home_postcode'
  | 'placement_postcode'
  | 'urn'
>;
type Child = Pick<
  ChildRow,
  | 'id'
  | 'sex'
  | 'date_of_birth'
  | 'ethnicity'
  | 'upn'
  | 'upn_unknown'
  | 'mother_of_child'
  | 'first_child_birth'
  | 'uasc'
  | 'uasc_ceased'
>;
type Leaver = Pick<
  CareLeaverContactRow,
  'child_id' | 'contact_date' | 'birthday_age' | 'in_touch' | 'activity' | 'accommodation'
> &
  Pick<ChildRow, 'date_of_birth'>;
/** The social worker allocation with the reason for the change that started it (see the query). */
type Adoption = Pick<
  AdoptionRow,
  | 'child_id'
  | 'decision_date'
  | 'match_date'
  | 'order_date'
  | 'reversal_date'
  | 'reversal_reason'
  | 'adopters_count'
  | 'adopters_sex'
  | 'adopters_legal_status'
  | 'adopted_by_foster_carer'
>;
type SocialWorkerEpisode = Pick<AllocationRow, 'child_id' | 'worker_id' | 'start_date' | 'end_date'> & {
  reason: string;
};

/** A count as the cell text the 903 carries. */
function s(value: number | null): string | null {
  return value === null ? null : String(value);
}

/** An end date only when it falls on or before `end`: an episode ending later is open as at 31 March. */
function endBy(date: string | null, end: string): string | null {
  return date !== null && date <= end ? date : null;
}

export async function export903(db: Db, laCode: string, year: number, onProgress?: OnProgress): Promise<Dataset903> {
  const meta = collectionMeta(year, laCode);
  const start = meta.collectionStart;
  const end = meta.collectionEnd;
  const p = [laCode, start, end];
  const steps = year >= 2027 ? 10 : year >= 2024 ? 9 : 8;
  let done = 0;
  const step = (label: string) => onProgress?.((done += 1), steps, label);
  const episodes = await db.query<Episode>(
    `SELECT e.child_id, e.start_date, e.reason_new, e.legal_status, e.category_of_need, e.placement_type, e.provider, e.end_date,
            e.reason_ceased, e.reason_place_change, e.home_postcode, e.placement_postcode, e.urn
       FROM cla_episode e WHERE e.la_code = $1 AND e.start_date <= $3 AND (e.end_date IS NULL OR e.end_date >= $2)
      ORDER BY e.child_id, e.start_date`,
    p,
  );
  step('Episodes');
  const lookedAfter = new Set(episodes.map((e) => e.child_id));
  // Motherhood is returned only for children looked after in the year other than by short breaks (rule 628).
  const inFullCare = new Set(episodes.filter((e) => !['V3', 'V4'].includes(e.legal_status)).map((e) => e.child_id));
  const leavers = await db.query<Leaver>(
    `SELECT k.child_id, c.date_of_birth, k.contact_date, k.birthday_age, k.in_touch, k.activity, k.accommodation
       FROM care_leaver_contact k JOIN child c ON c.la_code = k.la_code AND c.id = k.child_id
      WHERE k.la_code = $1 AND k.birthday_age BETWEEN 17 AND 21 AND k.contact_date BETWEEN $2 AND $3
      ORDER BY k.child_id, k.contact_date`,
    p,
  );
  step('OC3');
  const oc3 = new Map<string, Leaver>();
  for (const row of leavers) {
    const birthday = birthdayInYear(row.date_of_birth ?? undefined, start, end);
    // The contact around the birthday in the year; the latest one when several share that age.
    if (birthday === null || birthday.age !== row.birthday_age) continue;
    // A 17- or 18-year-old looked after on the birthday (care ending on or after it) is not yet a care leaver (rule 1016).
    const inCareOnBirthday = episodes.some(
      (e) =>
        e.child_id === row.child_id &&
        e.start_date <= birthday.date &&
        (e.end_date === null || e.end_date >= birthday.date),
    );
    if (birthday.age <= 18 && inCareOnBirthday) continue;
    oc3.set(row.child_id, row);
  }
  const adoptions = await db.query<Adoption>(
    `SELECT a.child_id, a.decision_date, a.match_date, a.order_date, a.reversal_date, a.reversal_reason, a.adopters_count,
            a.adopters_sex, a.adopters_legal_status, a.adopted_by_foster_carer
       FROM adoption a WHERE a.la_code = $1 AND a.decision_date <= $3
        AND ((a.order_date BETWEEN $2 AND $3) OR a.order_date IS NULL OR a.order_date >= $2)
      ORDER BY a.child_id, a.decision_date`,
    p,
  );
  step('AD1');
  const adopted = adoptions.filter((a) => a.order_date !== null && a.order_date >= start && a.order_date <= end);
  const inReturn = new Set([...lookedAfter, ...oc3.keys(), ...adopted.map((a) => a.child_id)]);
  const ids = [...inReturn];
  const children = await db.query<Child>(
    `SELECT id, sex, date_of_birth, ethnicity, upn, upn_unknown, mother_of_child, first_child_birth, uasc, uasc_ceased
       FROM child WHERE la_code = $1 AND id = ANY($2::text[]) AND date_of_birth IS NOT NULL ORDER BY id`,
    [laCode, ids],
  );
  step('Header');
  const dob = new Map(children.map((c) => [c.id, dmyFromIso(c.date_of_birth)]));
  const withDob = (child: string, row: Row): Row => ({ CHILD: child, DOB: dob.get(child) ?? null, ...row });

  const tables: Tables903 = {};
  tables.Header = children.map((c) => ({
    CHILD: c.id,
    SEX: sex903(c.sex, year),
    DOB: dmyFromIso(c.date_of_birth),
    ETHNIC: c.ethnicity,
    UPN: c.upn ?? c.upn_unknown,
    ...motherhood(c, inFullCare.has(c.id), end),
  }));
  tables.Episodes = episodesAsReturned(
    episodes.filter((e) => dob.has(e.child_id)),
    end,
  );
  const reviews = await db.query<Pick<ClaReviewRow, 'child_id' | 'review_date' | 'participation'>>(
    'SELECT child_id, review_date, participation FROM cla_review WHERE la_code = $1 AND review_date BETWEEN $2 AND $3 ORDER BY child_id, review_date',
    p,
  );
  step('Reviews');
  tables.Reviews = reviews
    .filter((r) => lookedAfter.has(r.child_id) && dob.has(r.child_id))
    .map((r) => withDob(r.child_id, { REVIEW: dmyFromIso(r.review_date), REVIEW_CODE: r.participation }));
  tables.UASC = children
    .filter((c) => c.uasc && lookedAfter.has(c.id))
    .map((c) => ({
      CHILD: c.id,
      SEX: sex903(c.sex, year),
      DOB: dmyFromIso(c.date_of_birth),
      DUC: dmyFromIso(c.uasc_ceased),
    }));
  const outcomes = await db.query<HealthOutcomeRow>(
    'SELECT * FROM health_outcome WHERE la_code = $1 AND year = $2 ORDER BY child_id',
    [laCode, year],
  );
  step('OC2');
  // OC2 is for children looked after continuously for 12 months at 31 March, as the rules define it.
  const continuous = continuouslyLookedAfter({ current: { Episodes: tables.Episodes }, meta });
  tables.OC2 = outcomes
    .filter((o) => continuous.has(o.child_id) && dob.has(o.child_id))
    .map((o) =>
      withDob(o.child_id, {
        SDQ_SCORE: s(o.sdq_score),
        SDQ_REASON: o.sdq_reason,
        CONVICTED: cellFromBoolean(o.convicted),
        HEALTH_CHECK: cellFromBoolean(o.health_check),
        IMMUNISATIONS: cellFromBoolean(o.immunisations),
        TEETH_CHECK: cellFromBoolean(o.teeth_check),
        HEALTH_ASSESSMENT: cellFromBoolean(o.health_assessment),
        SUBSTANCE_MISUSE: cellFromBoolean(o.substance_misuse),
        INTERVENTION_RECEIVED: cellFromBoolean(o.intervention_received),
        INTERVENTION_OFFERED: cellFromBoolean(o.intervention_offered),
      }),
    );
  tables.OC3 = [...oc3.values()]
    .filter((r) => dob.has(r.child_id))
    .map((r) =>
      withDob(r.child_id, {
        IN_TOUCH: r.in_touch,
        ACTIV: r.activity,
        ACCOM: r.accommodation,
      }),
    );
  tables.AD1 = adopted
    .filter((a) => dob.has(a.child_id))
    .map((a) =>
      withDob(a.child_id, {
        DATE_INT: dmyFromIso(a.decision_date),
        DATE_MATCH: dmyFromIso(a.match_date),
        FOSTER_CARE: cellFromBoolean(a.adopted_by_foster_carer),
        NB_ADOPTR: s(a.adopters_count),
        SEX_ADOPTR: a.adopters_sex,
        LS_ADOPTR: a.adopters_legal_status,
      }),
    );
  tables.PlacedAdoption = adoptions
    .filter(
      (a) =>
        lookedAfter.has(a.child_id) && dob.has(a.child_id) && (a.reversal_date === null || a.reversal_date >= start),
    )
    .map((a) => {
      const reversedInYear = endBy(a.reversal_date, end) !== null;
      return withDob(a.child_id, {
        DATE_PLACED: dmyFromIso(a.decision_date),
        DATE_PLACED_CEASED: reversedInYear ? dmyFromIso(a.reversal_date) : null,
        REASON_PLACED_CEASED: reversedInYear ? a.reversal_reason : null,
      });
    });
  // Previous permanence is returned for children who started to be looked after in the year (rules 630, 634).
  const started = [
    ...new Set(episodes.filter((e) => e.reason_new === 'S' && e.start_date >= start).map((e) => e.child_id)),
  ];
  const previous = await db.query<Pick<PreviousPermanenceRow, 'child_id' | 'option' | 'order_la' | 'order_date'>>(
    'SELECT child_id, option, order_la, order_date FROM previous_permanence WHERE la_code = $1 AND child_id = ANY($2::text[]) ORDER BY child_id',
    [laCode, started],
  );
  step('PrevPerm');
  tables.PrevPerm = previous
    .filter((r) => dob.has(r.child_id))
    .map((r) =>
      withDob(r.child_id, {
        PREV_PERM: r.option,
        LA_PERM: r.order_la,
        DATE_PERM: dmyFromIso(r.order_date),
      }),
    );
  const missing = await db.query<Pick<MissingEpisodeRow, 'child_id' | 'kind' | 'start_date' | 'end_date'>>(
    'SELECT child_id, kind, start_date, end_date FROM missing_episode WHERE la_code = $1 AND start_date BETWEEN $2 AND $3 ORDER BY child_id, start_date',
    p,
  );
  step('Missing');
  tables.Missing = missing
    .filter((m) => lookedAfter.has(m.child_id) && dob.has(m.child_id))
    .map((m) =>
      withDob(m.child_id, {
        MISSING: m.kind,
        MIS_START: dmyFromIso(m.start_date),
        MIS_END: dmyFromIso(endBy(m.end_date, end)),
      }),
    );
  if (year >= 2024) {
    const allocations = await db.query<SocialWorkerEpisode>(
      `SELECT child_id, worker_id, start_date, end_date, reason FROM (
         SELECT child_id, worker_id, start_date, end_date,
                -- A first social worker has no change to give a reason for unless an imported return
                -- gave one (start_reason); SW03 still wants one: allocating a first worker is a case
                -- management decision.
                coalesce(lag(change_reason) OVER (PARTITION BY child_id ORDER BY start_date, id), start_reason, 'MANAGE') AS reason
           FROM allocation WHERE la_code = $1 AND kind = 'social_worker' AND start_date <= $3) a
        WHERE end_date IS NULL OR end_date >= $2 ORDER BY child_id, start_date`,
      p,
    );
    step('SWEpisodes');
    // SW_REASON is the reason for the change of social worker, given on the episode the change starts
    // (rules SW10, SW15); the store keeps it on the allocation that ended, so it is the previous one's.
    const mine = allocations.filter((a) => lookedAfter.has(a.child_id) && dob.has(a.child_id));
    tables.SWEpisodes = mine.map((a) =>
      withDob(a.child_id, {
        SW_ID: a.worker_id,
        SW_DECOM: dmyFromIso(a.start_date),
        SW_DEC: dmyFromIso(endBy(a.end_date, end)),
        SW_REASON: a.reason,
      }),
    );
  }
  if (year >= 2027) {
    const dolo = await db.query<Pick<DoloRow, 'child_id' | 'start_date' | 'end_date'>>(
      'SELECT child_id, start_date, end_date FROM dolo WHERE la_code = $1 AND start_date <= $3 AND (end_date IS NULL OR end_date >= $2) ORDER BY child_id, start_date',
      p,
    );
    step('DoLo');
    tables.DoLo = dolo
      .filter((d) => dob.has(d.child_id))
      .map((d) =>
        withDob(d.child_id, {
          DOLO_START: dmyFromIso(d.start_date),
          DOLO_END: dmyFromIso(endBy(d.end_date, end)),
        }),
      );
  }
  return { current: tables, meta };
}

/**
 * MOTHER and MC_DOB, for a girl in full-time care in the year (rules 165, 611): a mother whose first child
 * is born after 31 March was not one in this year's return (rules 625, 626).
 */
function motherhood(c: Child, inFullCare: boolean, end: string): { MOTHER: string | null; MC_DOB: string | null } {
  if (c.sex !== 'F' || !inFullCare) return { MOTHER: null, MC_DOB: null };
  const firstChild = c.first_child_birth;
  const mother = c.mother_of_child;
  const motherByEnd = mother === true && (firstChild === null || firstChild <= end);
  return {
    MOTHER: mother === null ? null : cellFromBoolean(motherByEnd),
    MC_DOB: motherByEnd ? dmyFromIso(firstChild) : null,
  };
}

const SHORT_BREAKS = new Set(['V3', 'V4']);
const PLACEMENT_CHANGE = new Set(['P', 'B', 'T', 'U']);

/**
 * Episodes as the 903 presents them. As at 31 March, an episode ending later is open (no DEC/REC).
 * The store keeps the reason for a placement change on the episode the change starts; the 903 puts
 * it on the episode that ends with the change (REC X1 followed by RNE P, B, T or U: rules 225, 233).
 * Short-break episodes (V3/V4) carry no placement location (rules 214, 398).
 */
function episodesAsReturned(episodes: Episode[], end: string): Row[] {
  return episodes.map((e, index) => {
    const next = episodes[index + 1];
    const endsInYear = endBy(e.end_date, end) !== null;
    const changesPlacement =
      endsInYear &&
      e.reason_ceased === 'X1' &&
      next !== undefined &&
      next.child_id === e.child_id &&
      PLACEMENT_CHANGE.has(next.reason_new);
    const shortBreak = SHORT_BREAKS.has(e.legal_status);
    return {
      CHILD: e.child_id,
      DECOM: dmyFromIso(e.start_date),
      RNE: e.reason_new,
      LS: e.legal_status,
      CIN: e.category_of_need,
      PLACE: e.placement_type,
      PLACE_PROVIDER: e.provider,
      DEC: endsInYear ? dmyFromIso(e.end_date) : null,
      REC: endsInYear ? e.reason_ceased : null,
      REASON_PLACE_CHANGE: changesPlacement ? next.reason_place_change : null,
      HOME_POST: shortBreak ? null : e.home_postcode,
      PL_POST: shortBreak ? null : e.placement_postcode,
      URN: shortBreak ? null : e.urn,
    };
  });
}
