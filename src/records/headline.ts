/**
 * The headline figures on the home page: how many children are in each part of the journey on a date,
 * and how many records the store holds. Counts only; no child is identifiable from them.
 */
import type { Db } from '../store/db.ts';

export interface Headline {
  laCode: string;
  councilName: string;
  at: string;
  childrenInNeed: number;
  childProtectionPlans: number;
  lookedAfter: number;
  careLeavers: number;
}

/** The councils in the store, by name. */
export async function listCouncils(db: Db): Promise<Array<{ laCode: string; name: string }>> {
  return db.query('SELECT la_code AS "laCode", name FROM council ORDER BY name');
}

/**
 * Children in need count every open episode of need (DfE B1: assessment, CIN plan, CP plan and looked
 * after alike); looked after excludes care made only of short breaks (V3/V4), as national statistics do.
 */
export async function headlineAt(db: Db, laCode: string, at: string): Promise<Headline | undefined> {
  const [row] = await db.query<Omit<Headline, 'at'>>(
    `SELECT c.la_code AS "laCode", c.name AS "councilName",
       (SELECT count(DISTINCT r.child_id) FROM referral r
         WHERE r.la_code = c.la_code AND r.referral_date <= $2 AND (r.closure_date IS NULL OR r.closure_date > $2)) AS "childrenInNeed",
       (SELECT count(DISTINCT p.child_id) FROM cp_plan p
         WHERE p.la_code = c.la_code AND p.start_date <= $2 AND (p.end_date IS NULL OR p.end_date > $2)) AS "childProtectionPlans",
       (SELECT count(DISTINCT cp.child_id) FROM care_period cp
         WHERE cp.la_code = c.la_code AND NOT cp.short_breaks_only
           AND cp.start_date <= $2 AND (cp.end_date IS NULL OR cp.end_date > $2)) AS "lookedAfter",
       (SELECT count(*) FROM care_leaver l
         WHERE l.la_code = c.la_code AND l.eligibility IN ('relevant', 'former_relevant', 'qualifying')
           AND l.eligible_from <= $2 AND (l.services_ended IS NULL OR l.services_ended > $2)) AS "careLeavers"
     FROM council c WHERE c.la_code = $1`,
    [laCode, at],
  );
  return row ? { ...row, at } : undefined;
}

const COUNTED_TABLES = [
  'child', 'contact', 'referral', 'assessment', 'cin_plan', 's47_enquiry', 'cp_plan', 'visit', 'care_period',
  'cla_episode', 'cla_review', 'adoption', 'care_proceedings', 'care_leaver_contact', 'early_help_episode',
  'yj_offence', 'worker', 'allocation',
] as const;

/** Rows held per main table for one council, and in all. */
export async function recordCounts(db: Db, laCode: string): Promise<{ total: number; byTable: Record<string, number> }> {
  const union = COUNTED_TABLES.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t} WHERE la_code = $1`).join(' UNION ALL ');
  const rows = await db.query<{ t: string; n: number }>(union, [laCode]);
  const byTable = Object.fromEntries(rows.map((r) => [r.t, r.n]));
  return { total: rows.reduce((sum, r) => sum + r.n, 0), byTable };
}
