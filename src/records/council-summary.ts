/**
 * The councils a store holds and how many records each has, for the home page. Counts only; no child is
 * identifiable from them. (The page's figures of children are the catalogue's indicators.)
 */
import type { Db } from '../store/db.ts';

/** The councils in the store, by name. */
export async function listCouncils(db: Db): Promise<Array<{ laCode: string; name: string }>> {
  return db.query('SELECT la_code AS "laCode", name FROM council ORDER BY name');
}

const COUNTED_TABLES = [
  'child',
  'contact',
  'referral',
  'assessment',
  'cin_plan',
  's47_enquiry',
  'cp_plan',
  'visit',
  'care_period',
  'cla_episode',
  'cla_review',
  'adoption',
  'care_proceedings',
  'care_leaver_contact',
  'early_help_episode',
  'yj_offence',
  'worker',
  'allocation',
] as const;

/** Rows held per main table for one council, and in all. */
export async function recordCounts(
  db: Db,
  laCode: string,
): Promise<{ total: number; byTable: Record<string, number> }> {
  const union = COUNTED_TABLES.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t} WHERE la_code = $1`).join(
    ' UNION ALL ',
  );
  const rows = await db.query<{ t: string; n: number }>(union, [laCode]);
  const byTable = Object.fromEntries(rows.map((r) => [r.t, r.n]));
  return { total: rows.reduce((sum, r) => sum + r.n, 0), byTable };
}
