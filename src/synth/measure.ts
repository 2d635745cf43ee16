/**
 * The published-style figures of a council in the store, computed with plain SQL from its records: the
 * same measures the generator is calibrated to (src/benchmarks/figures.ts), for collection year `year`
 * (1 April to 31 March; snapshots at 31 March; caseload at 30 September as the CSWW counts it). Used by
 * the calibration test and the benchmark, and handy for checking any council's data against DfE tables.
 */
import type { Db } from '../store/db.ts';
import type { Figures } from '../benchmarks/figures.ts';

const QUERY = `
WITH p AS (
  SELECT $1::text AS la, make_date($2::int - 1, 4, 1) AS y0, make_date($2::int, 3, 31) AS d, make_date($2::int - 1, 9, 30) AS sept,
         (SELECT aged_0_17 FROM council_population WHERE la_code = $1 ORDER BY abs(year - ($2::int - 1)) LIMIT 1)::numeric AS pop
),
refs AS (SELECT r.* FROM referral r, p WHERE r.la_code = p.la AND r.referral_date BETWEEN p.y0 AND p.d),
cla31 AS (
  SELECT DISTINCT cp.child_id FROM care_period cp, p
  WHERE cp.la_code = p.la AND NOT cp.short_breaks_only AND cp.start_date <= p.d AND (cp.end_date IS NULL OR cp.end_date > p.d)
),
cpp31 AS (
  SELECT c.* FROM cp_plan c, p WHERE c.la_code = p.la AND c.start_date <= p.d AND (c.end_date IS NULL OR c.end_date > p.d)
),
cppstart AS (SELECT c.* FROM cp_plan c, p WHERE c.la_code = p.la AND c.start_date BETWEEN p.y0 AND p.d),
leavers AS (
  SELECT t.* FROM care_leaver_contact t, p WHERE t.la_code = p.la AND t.birthday_age BETWEEN 19 AND 21 AND t.contact_date BETWEEN p.y0 AND p.d
),
holders AS (
  SELECT w.id, w.fte, count(*) AS cases FROM allocation a JOIN worker w ON w.la_code = a.la_code AND w.id = a.worker_id, p
  WHERE a.la_code = p.la AND a.kind = 'social_worker' AND w.role IN ('social_worker', 'senior_practitioner')
    AND a.start_date <= p.sept AND (a.end_date IS NULL OR a.end_date >= p.sept)
  GROUP BY w.id, w.fte
)
SELECT
  (SELECT count(*) FROM refs) * 10000 / p.pop AS "referralRate",
  (SELECT count(*) FROM refs r WHERE EXISTS (
     SELECT 1 FROM referral e WHERE e.la_code = r.la_code AND e.child_id = r.child_id AND e.referral_date < r.referral_date
       AND e.referral_date >= r.referral_date - interval '12 months')) * 100.0 / nullif((SELECT count(*) FROM refs), 0) AS "reReferralPct",
  (SELECT count(DISTINCT r.child_id) FROM referral r WHERE r.la_code = p.la AND r.referral_date <= p.d AND (r.closure_date IS NULL OR r.closure_date > p.d)) * 10000 / p.pop AS "cinRate",
  (SELECT count(*) FROM s47_enquiry s WHERE s.la_code = p.la AND s.start_date BETWEEN p.y0 AND p.d) * 10000 / p.pop AS "s47Rate",
  (SELECT count(*) FROM cppstart) * 10000 / p.pop AS "cpStartRate",
  (SELECT count(DISTINCT child_id) FROM cpp31) * 10000 / p.pop AS "cpRate",
  (SELECT count(*) FROM cppstart c WHERE c.previous_plans > 0 OR EXISTS (
     SELECT 1 FROM cp_plan e WHERE e.la_code = c.la_code AND e.child_id = c.child_id AND e.start_date < c.start_date)) * 100.0 / nullif((SELECT count(*) FROM cppstart), 0) AS "repeatCppPct",
  (SELECT count(*) FROM cpp31 WHERE start_date <= p.d - interval '2 years') * 100.0 / nullif((SELECT count(*) FROM cpp31), 0) AS "cpp2YearsPct",
  (SELECT count(*) FROM cla31) * 10000 / p.pop AS "claRate",
  (SELECT count(DISTINCT child_id) FROM care_period c WHERE c.la_code = p.la AND NOT c.short_breaks_only AND c.start_date BETWEEN p.y0 AND p.d) * 10000 / p.pop AS "claStartRate",
  (SELECT count(DISTINCT child_id) FROM care_period c WHERE c.la_code = p.la AND NOT c.short_breaks_only AND c.end_date BETWEEN p.y0 AND p.d) * 10000 / p.pop AS "claCeasedRate",
  (SELECT count(*) FROM cla31 k WHERE (
     SELECT count(*) FROM placement pl WHERE pl.la_code = p.la AND pl.child_id = k.child_id AND pl.start_date <= p.d AND (pl.end_date IS NULL OR pl.end_date >= p.y0)) >= 3)
     * 100.0 / nullif((SELECT count(*) FROM cla31), 0) AS "stabilityShortPct",
  (SELECT count(*) FROM leavers WHERE activity IN ('F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5')) * 100.0 / nullif((SELECT count(*) FROM leavers), 0) AS "leaversEetPct",
  (SELECT count(*) FROM leavers WHERE accommodation LIKE '_1') * 100.0 / nullif((SELECT count(*) FROM leavers), 0) AS "leaversAccomPct",
  (SELECT sum(cases) / nullif(sum(fte), 0) FROM holders) AS "caseloadPerFte"
FROM p`;

/** The council's figures for the collection year (null where there is nothing to divide by). */
export async function measureFigures(
  db: Db,
  laCode: string,
  year: number,
): Promise<Record<keyof Figures, number | null>> {
  const [row] = await db.query<Record<keyof Figures, number | null>>(QUERY, [laCode, year]);
  if (!row) throw new Error(`No figures for council ${laCode}`);
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value === null ? null : Number(value)]),
  ) as Record<keyof Figures, number | null>;
}
