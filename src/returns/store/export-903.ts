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
import { collectionMeta, type Dataset903, type Row, type Tables903 } from '../ssda903/dataset.ts';
import { birthdayInYear } from './import-903.ts';
import { continuouslyLookedAfter } from '../ssda903/rules/cohorts.ts';
import { cellFromBoolean, dmyFromIso, sex903 } from './codes.ts';

type Q = Record<string, string | number | boolean | null | string[]>;

function s(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

export async function export903(db: Db, laCode: string, year: number): Promise<Dataset903> {
  const meta = collectionMeta(year, laCode);
  const start = meta.collectionStart;
  const end = meta.collectionEnd;
  const p = [laCode, start, end];
  const episodes = await db.query<Q>(
    `SELECT e.child_id, e.start_date, e.reason_new, e.legal_status, e.category_of_need, e.placement_type, e.provider, e.end_date,
            e.reason_ceased, e.reason_place_change, e.home_postcode, e.placement_postcode, e.urn
       FROM cla_episode e WHERE e.la_code = $1 AND e.start_date <= $3 AND (e.end_date IS NULL OR e.end_date >= $2)
      ORDER BY e.child_id, e.start_date`, p);
  const lookedAfter = new Set(episodes.map((e) => e['child_id'] as string));
  // Motherhood is returned only for children looked after in the year other than by short breaks (rule 628).
  const inFullCare = new Set(episodes.filter((e) => !['V3', 'V4'].includes(e['legal_status'] as string)).map((e) => e['child_id'] as string));
  const leavers = await db.query<Q>(
    `SELECT k.child_id, c.date_of_birth, k.contact_date, k.birthday_age, k.in_touch, k.activity, k.accommodation
       FROM care_leaver_contact k JOIN child c ON c.la_code = k.la_code AND c.id = k.child_id
      WHERE k.la_code = $1 AND k.birthday_age BETWEEN 17 AND 21 AND k.contact_date BETWEEN $2 AND $3
      ORDER BY k.child_id, k.contact_date`, p);
  const oc3 = new Map<string, Q>();
  for (const row of leavers) {
    const birthday = birthdayInYear(s(row['date_of_birth']) ?? undefined, start, end);
    // The contact around the birthday in the year; the latest one when several share that age.
    if (birthday === null || birthday.age !== row['birthday_age']) continue;
    // A 17- or 18-year-old looked after on the birthday (care ending on or after it) is not yet a care leaver (rule 1016).
    const inCareOnBirthday = episodes.some((e) => e['child_id'] === row['child_id'] && (e['start_date'] as string) <= birthday.date
      && (e['end_date'] === null || (e['end_date'] as string) >= birthday.date));
    if (birthday.age <= 18 && inCareOnBirthday) continue;
    oc3.set(row['child_id'] as string, row);
  }
  const adoptions = await db.query<Q>(
    `SELECT a.child_id, a.decision_date, a.match_date, a.order_date, a.reversal_date, a.reversal_reason, a.adopters_count,
            a.adopters_sex, a.adopters_legal_status, a.adopted_by_foster_carer
       FROM adoption a WHERE a.la_code = $1 AND a.decision_date <= $3
        AND ((a.order_date BETWEEN $2 AND $3) OR a.order_date IS NULL OR a.order_date >= $2)
      ORDER BY a.child_id, a.decision_date`, p);
  const adopted = adoptions.filter((a) => a['order_date'] !== null && (a['order_date'] as string) >= start && (a['order_date'] as string) <= end);
  const inReturn = new Set([...lookedAfter, ...oc3.keys(), ...adopted.map((a) => a['child_id'] as string)]);
  const ids = [...inReturn];
  const children = await db.query<Q>(
    `SELECT id, sex, date_of_birth, ethnicity, upn, upn_unknown, mother_of_child, first_child_birth, uasc, uasc_ceased
       FROM child WHERE la_code = $1 AND id = ANY($2::text[]) AND date_of_birth IS NOT NULL ORDER BY id`, [laCode, ids]);
  const dob = new Map(children.map((c) => [c['id'] as string, dmyFromIso(s(c['date_of_birth']))]));
  const withDob = (child: string, row: Row): Row => ({ CHILD: child, DOB: dob.get(child) ?? null, ...row });

  const tables: Tables903 = {};
  tables.Header = children.map((c) => ({
    CHILD: s(c['id']), SEX: sex903(c['sex'] as string, year), DOB: dmyFromIso(s(c['date_of_birth'])), ETHNIC: s(c['ethnicity']),
    UPN: s(c['upn']) ?? s(c['upn_unknown']),
    ...motherhood(c, inFullCare.has(c['id'] as string), end),
  }));
  tables.Episodes = episodesAsReturned(episodes.filter((e) => dob.has(e['child_id'] as string)), end);
  const reviews = await db.query<Q>('SELECT child_id, review_date, participation FROM cla_review WHERE la_code = $1 AND review_date BETWEEN $2 AND $3 ORDER BY child_id, review_date', p);
  tables.Reviews = reviews.filter((r) => lookedAfter.has(r['child_id'] as string) && dob.has(r['child_id'] as string))
    .map((r) => withDob(r['child_id'] as string, { REVIEW: dmyFromIso(s(r['review_date'])), REVIEW_CODE: s(r['participation']) }));
  tables.UASC = children.filter((c) => c['uasc'] === true && lookedAfter.has(c['id'] as string)).map((c) => ({
    CHILD: s(c['id']), SEX: sex903(c['sex'] as string, year), DOB: dmyFromIso(s(c['date_of_birth'])), DUC: dmyFromIso(s(c['uasc_ceased'])),
  }));
  const outcomes = await db.query<Q>('SELECT * FROM health_outcome WHERE la_code = $1 AND year = $2 ORDER BY child_id', [laCode, year]);
  // OC2 is for children looked after continuously for 12 months at 31 March, as the rules define it.
  const continuous = continuouslyLookedAfter({ current: { Episodes: tables.Episodes }, meta });
  tables.OC2 = outcomes.filter((o) => continuous.has(o['child_id'] as string) && dob.has(o['child_id'] as string)).map((o) => withDob(o['child_id'] as string, {
    SDQ_SCORE: s(o['sdq_score']), SDQ_REASON: s(o['sdq_reason']), CONVICTED: cellFromBoolean(o['convicted'] as boolean | null),
    HEALTH_CHECK: cellFromBoolean(o['health_check'] as boolean | null), IMMUNISATIONS: cellFromBoolean(o['immunisations'] as boolean | null),
    TEETH_CHECK: cellFromBoolean(o['teeth_check'] as boolean | null), HEALTH_ASSESSMENT: cellFromBoolean(o['health_assessment'] as boolean | null),
    SUBSTANCE_MISUSE: cellFromBoolean(o['substance_misuse'] as boolean | null), INTERVENTION_RECEIVED: cellFromBoolean(o['intervention_received'] as boolean | null),
    INTERVENTION_OFFERED: cellFromBoolean(o['intervention_offered'] as boolean | null),
  }));
  tables.OC3 = [...oc3.values()].filter((r) => dob.has(r['child_id'] as string)).map((r) => withDob(r['child_id'] as string, {
    IN_TOUCH: s(r['in_touch']), ACTIV: s(r['activity']), ACCOM: s(r['accommodation']),
  }));
  tables.AD1 = adopted.filter((a) => dob.has(a['child_id'] as string)).map((a) => withDob(a['child_id'] as string, {
    DATE_INT: dmyFromIso(s(a['decision_date'])), DATE_MATCH: dmyFromIso(s(a['match_date'])), FOSTER_CARE: cellFromBoolean(a['adopted_by_foster_carer'] as boolean | null),
    NB_ADOPTR: s(a['adopters_count']), SEX_ADOPTR: s(a['adopters_sex']), LS_ADOPTR: s(a['adopters_legal_status']),
  }));
  tables.PlacedAdoption = adoptions.filter((a) => lookedAfter.has(a['child_id'] as string) && dob.has(a['child_id'] as string)
    && (a['reversal_date'] === null || (a['reversal_date'] as string) >= start)).map((a) => {
    const reversedInYear = a['reversal_date'] !== null && (a['reversal_date'] as string) <= end;
    return withDob(a['child_id'] as string, {
      DATE_PLACED: dmyFromIso(s(a['decision_date'])), DATE_PLACED_CEASED: reversedInYear ? dmyFromIso(s(a['reversal_date'])) : null,
      REASON_PLACED_CEASED: reversedInYear ? s(a['reversal_reason']) : null,
    });
  });
  // Previous permanence is returned for children who started to be looked after in the year (rules 630, 634).
  const started = [...new Set(episodes.filter((e) => e['reason_new'] === 'S' && (e['start_date'] as string) >= start).map((e) => e['child_id'] as string))];
  const previous = await db.query<Q>('SELECT child_id, option, order_la, order_date FROM previous_permanence WHERE la_code = $1 AND child_id = ANY($2::text[]) ORDER BY child_id', [laCode, started]);
  tables.PrevPerm = previous.filter((r) => dob.has(r['child_id'] as string)).map((r) => withDob(r['child_id'] as string, {
    PREV_PERM: s(r['option']), LA_PERM: s(r['order_la']), DATE_PERM: dmyFromIso(s(r['order_date'])),
  }));
  const missing = await db.query<Q>('SELECT child_id, kind, start_date, end_date FROM missing_episode WHERE la_code = $1 AND start_date BETWEEN $2 AND $3 ORDER BY child_id, start_date', p);
  tables.Missing = missing.filter((m) => lookedAfter.has(m['child_id'] as string) && dob.has(m['child_id'] as string)).map((m) => withDob(m['child_id'] as string, {
    MISSING: s(m['kind']), MIS_START: dmyFromIso(s(m['start_date'])),
    MIS_END: m['end_date'] !== null && (m['end_date'] as string) <= end ? dmyFromIso(s(m['end_date'])) : null,
  }));
  if (year >= 2024) {
    const allocations = await db.query<Q>(
      `SELECT child_id, worker_id, start_date, end_date, reason FROM (
         SELECT child_id, worker_id, start_date, end_date,
                -- A first social worker has no change to give a reason for unless an imported return
                -- gave one (start_reason); SW03 still wants one: allocating a first worker is a case
                -- management decision.
                coalesce(lag(change_reason) OVER (PARTITION BY child_id ORDER BY start_date, id), start_reason, 'MANAGE') AS reason
           FROM allocation WHERE la_code = $1 AND kind = 'social_worker' AND start_date <= $3) a
        WHERE end_date IS NULL OR end_date >= $2 ORDER BY child_id, start_date`, p);
    // SW_REASON is the reason for the change of social worker, given on the episode the change starts
    // (rules SW10, SW15); the store keeps it on the allocation that ended, so it is the previous one's.
    const mine = allocations.filter((a) => lookedAfter.has(a['child_id'] as string) && dob.has(a['child_id'] as string));
    tables.SWEpisodes = mine.map((a) => {
      const endsInYear = a['end_date'] !== null && (a['end_date'] as string) <= end;
      return withDob(a['child_id'] as string, {
        SW_ID: s(a['worker_id']), SW_DECOM: dmyFromIso(s(a['start_date'])), SW_DEC: endsInYear ? dmyFromIso(s(a['end_date'])) : null,
        SW_REASON: s(a['reason']),
      });
    });
  }
  if (year >= 2027) {
    const dolo = await db.query<Q>('SELECT child_id, start_date, end_date FROM dolo WHERE la_code = $1 AND start_date <= $3 AND (end_date IS NULL OR end_date >= $2) ORDER BY child_id, start_date', p);
    tables.DoLo = dolo.filter((d) => dob.has(d['child_id'] as string)).map((d) => withDob(d['child_id'] as string, {
      DOLO_START: dmyFromIso(s(d['start_date'])), DOLO_END: d['end_date'] !== null && (d['end_date'] as string) <= end ? dmyFromIso(s(d['end_date'])) : null,
    }));
  }
  return { current: tables, meta };
}

/**
 * MOTHER and MC_DOB, for a girl in full-time care in the year (rules 165, 611): a mother whose first child
 * is born after 31 March was not one in this year's return (rules 625, 626).
 */
function motherhood(c: Q, inFullCare: boolean, end: string): { MOTHER: string | null; MC_DOB: string | null } {
  if (c['sex'] !== 'F' || !inFullCare) return { MOTHER: null, MC_DOB: null };
  const firstChild = c['first_child_birth'] as string | null;
  const mother = c['mother_of_child'] as boolean | null;
  const motherByEnd = mother === true && (firstChild === null || firstChild <= end);
  return { MOTHER: mother === null ? null : cellFromBoolean(motherByEnd), MC_DOB: motherByEnd ? dmyFromIso(firstChild) : null };
}

const SHORT_BREAKS = new Set(['V3', 'V4']);
const PLACEMENT_CHANGE = new Set(['P', 'B', 'T', 'U']);

/**
 * Episodes as the 903 presents them. As at 31 March, an episode ending later is open (no DEC/REC).
 * The store keeps the reason for a placement change on the episode the change starts; the 903 puts
 * it on the episode that ends with the change (REC X1 followed by RNE P, B, T or U: rules 225, 233).
 * Short-break episodes (V3/V4) carry no placement location (rules 214, 398).
 */
function episodesAsReturned(episodes: Q[], end: string): Row[] {
  return episodes.map((e, index) => {
    const next = episodes[index + 1];
    const endsInYear = e['end_date'] !== null && (e['end_date'] as string) <= end;
    const changesPlacement = endsInYear && e['reason_ceased'] === 'X1' && next !== undefined && next['child_id'] === e['child_id']
      && PLACEMENT_CHANGE.has(next['reason_new'] as string);
    const shortBreak = SHORT_BREAKS.has(e['legal_status'] as string);
    return {
      CHILD: s(e['child_id']), DECOM: dmyFromIso(s(e['start_date'])), RNE: s(e['reason_new']), LS: s(e['legal_status']), CIN: s(e['category_of_need']),
      PLACE: s(e['placement_type']), PLACE_PROVIDER: s(e['provider']), DEC: endsInYear ? dmyFromIso(s(e['end_date'])) : null,
      REC: endsInYear ? s(e['reason_ceased']) : null, REASON_PLACE_CHANGE: changesPlacement ? s(next['reason_place_change']) : null,
      HOME_POST: shortBreak ? null : s(e['home_postcode']), PL_POST: shortBreak ? null : s(e['placement_postcode']), URN: shortBreak ? null : s(e['urn']),
    };
  });
}
