/**
 * Independent check of the engine against the measures the DfE publishes: on a synthetic council the
 * figures are recomputed here by plain SQL, written from the DfE definitions (RETURNS.md appendix)
 * without the engine's SQL or helpers, and compared value by value at the latest 31 March (period fy).
 * The queries below deliberately take other routes to the same definition where one exists (903
 * episodes rather than care periods, window functions rather than lateral look-ups), so that a mistake
 * in either is caught rather than copied.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { synthesizeCouncil } from '../synth/index.ts';
import { evaluateIndicators } from './evaluate.ts';
import type { IndicatorResult } from './result.ts';

const AT = '2026-03-31';
const YEAR_START = '2025-04-01';
const COUNCIL = { population: 20_000, years: 6, seed: 'dfe-crosscheck', to: AT };

/** Figures by plain SQL; $1 council, $2 the 31 March, $3 the 1 April starting its year. */
const EXPECTED: Record<string, string> = {
  // C1 Referrals: referrals (CIN episodes) starting in the year.
  referrals: `SELECT count(*) AS num, NULL AS den FROM referral WHERE la_code = $1 AND referral_date BETWEEN $3 AND $2`,
  // C1 Re_referrals: referrals in the year within 12 months of the child's previous referral / referrals in the year.
  're-referrals-12m': `
    SELECT count(*) FILTER (WHERE previous >= (referral_date - interval '12 months')::date) AS num, count(*) AS den
      FROM (SELECT referral_date, lag(referral_date) OVER (PARTITION BY child_id ORDER BY referral_date, id) AS previous
              FROM referral WHERE la_code = $1 AND referral_date <= $2) r
     WHERE referral_date BETWEEN $3 AND $2`,
  // B1: children with a CIN episode open at 31 March (no closure on or before it).
  'cin-at-date': `
    SELECT count(DISTINCT child_id) AS num, NULL AS den FROM referral
     WHERE la_code = $1 AND referral_date <= $2 AND NOT coalesce(closure_date <= $2, false)`,
  // C4 Section47: enquiries starting in the year.
  's47-enquiries': `SELECT count(*) AS num, NULL AS den FROM s47_enquiry WHERE la_code = $1 AND start_date BETWEEN $3 AND $2`,
  // D3: plans starting in the year; subsequent where the child had an earlier plan ever (here or elsewhere).
  'cpp-repeat': `
    SELECT count(*) FILTER (WHERE nth > 1 OR previous_plans > 0) AS num, count(*) AS den
      FROM (SELECT start_date, previous_plans, row_number() OVER (PARTITION BY child_id ORDER BY start_date, id) AS nth
              FROM cp_plan WHERE la_code = $1) p
     WHERE start_date BETWEEN $3 AND $2`,
  // D: children on a plan at 31 March.
  'cpp-at-date': `
    SELECT count(DISTINCT child_id) AS num, NULL AS den FROM cp_plan
     WHERE la_code = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date > $2)`,
  // D5: plans open at 31 March that have lasted 2 years or more / plans open at 31 March.
  'cpp-2-years-open': `
    SELECT count(*) FILTER (WHERE age(($2)::date, start_date) >= interval '2 years') AS num, count(*) AS den FROM cp_plan
     WHERE la_code = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date > $2)`,
  // CLA at 31 March: a 903 episode covering the day (DECOM <= day < DEC), V3/V4 short breaks excluded.
  'cla-at-date': `
    SELECT count(DISTINCT child_id) AS num, NULL AS den FROM cla_episode
     WHERE la_code = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date > $2) AND legal_status NOT IN ('V3', 'V4')`,
  // Started to be looked after: children with an episode starting a period of care (RNE S) in the year.
  'cla-starts': `
    SELECT count(DISTINCT child_id) AS num, NULL AS den FROM cla_episode
     WHERE la_code = $1 AND reason_new = 'S' AND start_date BETWEEN $3 AND $2 AND legal_status NOT IN ('V3', 'V4')`,
  // Ceased to be looked after: children with an episode ending care (REC other than X1) in the year.
  'cla-ceased': `
    SELECT count(DISTINCT child_id) AS num, NULL AS den FROM cla_episode
     WHERE la_code = $1 AND end_date BETWEEN $3 AND $2 AND reason_ceased <> 'X1' AND legal_status NOT IN ('V3', 'V4')`,
  // Short-term stability: CLA at 31 March with 3+ placements (distinct placements of episodes covering a day of the year).
  'placement-stability-short': `
    WITH cla AS (SELECT DISTINCT child_id FROM cla_episode
                  WHERE la_code = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date > $2) AND legal_status NOT IN ('V3', 'V4')),
         moves AS (SELECT e.child_id, count(DISTINCT e.placement_id) AS placements FROM cla_episode e JOIN cla USING (child_id)
                    WHERE e.la_code = $1 AND e.legal_status NOT IN ('V3', 'V4') AND e.start_date <= $2
                      AND (e.end_date IS NULL OR e.end_date > $3) GROUP BY e.child_id)
    SELECT count(*) FILTER (WHERE placements >= 3) AS num, count(*) AS den FROM cla LEFT JOIN moves USING (child_id)`,
  // Long-term stability: under 16 at 31 March, in care since 30 September 2.5 years before (care not begun as
  // short breaks), in the same placement 2 years, or placed for adoption with that and the previous placement 2 years.
  'placement-stability-long': `
    WITH now_in AS (
      SELECT e.child_id, e.care_period_id, e.placement_id, e.placement_type FROM cla_episode e JOIN child c ON c.la_code = e.la_code AND c.id = e.child_id
       WHERE e.la_code = $1 AND e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date > $2) AND e.legal_status NOT IN ('V3', 'V4')
         AND age(($2)::date, c.date_of_birth) < interval '16 years'),
    period_start AS (
      SELECT DISTINCT ON (care_period_id) care_period_id, start_date, legal_status FROM cla_episode
       WHERE la_code = $1 ORDER BY care_period_id, start_date),
    placement_start AS (
      SELECT care_period_id, placement_id, min(start_date) AS start_date FROM cla_episode WHERE la_code = $1 GROUP BY 1, 2),
    ordered AS (
      SELECT *, lag(start_date) OVER (PARTITION BY care_period_id ORDER BY start_date) AS previous_start FROM placement_start)
    SELECT count(*) FILTER (WHERE o.start_date <= (($2)::date - interval '2 years')::date
             OR (n.placement_type IN ('A3', 'A4', 'A5', 'A6') AND o.previous_start <= (($2)::date - interval '2 years')::date)) AS num,
           count(*) AS den
      FROM now_in n JOIN period_start ps USING (care_period_id) JOIN ordered o USING (care_period_id, placement_id)
     WHERE ps.start_date <= (($2)::date - interval '30 months')::date AND ps.legal_status NOT IN ('V3', 'V4')`,
  // OC3, ages 19-21: birthday in the year, latest contact recorded for that birthday; DfE leaves out short
  // breaks only, died, returned home, care taken over by another council. EET = ACTIV F1-F5, P1-P5.
  'care-leavers-eet': careLeaverSql(`activity ~ '^[FP][1-5]$'`, 'true'),
  // Suitable: ACCOM ending 1 / the same cohort less gone abroad (G), deported (H), residence not known (R).
  'care-leavers-accommodation': careLeaverSql(
    `accommodation LIKE '_1'`,
    `coalesce(left(accommodation, 1) NOT IN ('G', 'H', 'R'), true)`,
  ),
};

function careLeaverSql(numerator: string, inDenominator: string): string {
  return `
    WITH birthdays AS (
      SELECT cl.child_id, ch.death_date, age, (ch.date_of_birth + make_interval(years => age))::date AS birthday
        FROM care_leaver cl JOIN child ch ON ch.la_code = cl.la_code AND ch.id = cl.child_id, generate_series(19, 21) AS age
       WHERE cl.la_code = $1 AND cl.eligibility IN ('relevant', 'former_relevant')),
    cohort AS (
      SELECT b.*, k.in_touch, k.activity, k.accommodation
        FROM birthdays b
        LEFT JOIN (SELECT DISTINCT ON (child_id, birthday_age) * FROM care_leaver_contact WHERE la_code = $1
                    ORDER BY child_id, birthday_age, contact_date DESC, id DESC) k
          ON k.child_id = b.child_id AND k.birthday_age = b.age
       WHERE b.birthday BETWEEN $3 AND $2
         AND NOT coalesce(b.death_date <= b.birthday, false) AND coalesce(k.in_touch NOT IN ('DIED', 'RHOM'), true)
         AND b.child_id IN (SELECT child_id FROM cla_episode WHERE la_code = $1 AND legal_status NOT IN ('V3', 'V4'))
         AND coalesce((SELECT reason_ceased FROM cla_episode x WHERE x.la_code = $1 AND x.child_id = b.child_id
                        ORDER BY start_date DESC LIMIT 1) <> 'E3', true))
    SELECT count(*) FILTER (WHERE ${numerator} AND ${inDenominator}) AS num, count(*) FILTER (WHERE ${inDenominator}) AS den FROM cohort`;
}

/** How many of $1..$3 a query uses (the embedded store refuses parameters a statement does not use). */
function placeholders(sql: string): number {
  return Math.max(...[...sql.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
}

for (const backend of testBackends()) {
  describe(`DfE measures recomputed independently [${backend.name}]`, () => {
    let db: Store;
    let results: Map<string, IndicatorResult>;

    before(async () => {
      db = await backend.open();
      await synthesizeCouncil(db, COUNCIL);
      await db.exec('ANALYZE');
      const evaluated = await evaluateIndicators(db, { at: AT, period: 'fy', ids: Object.keys(EXPECTED) });
      results = new Map(evaluated.map((r) => [r.id, r]));
    });
    after(async () => db?.close());

    for (const [id, sql] of Object.entries(EXPECTED)) {
      test(id, async (t) => {
        const [row] = await db.query<{ num: string | number; den: string | number | null }>(
          sql,
          ['990', AT, YEAR_START].slice(0, placeholders(sql)),
        );
        const result = results.get(id);
        t.diagnostic(`${id}: numerator ${row!.num}, denominator ${row!.den ?? '-'}`);
        assert.ok(result, `engine returned no ${id}`);
        const expected = { numerator: Number(row!.num), denominator: row!.den === null ? null : Number(row!.den) };
        // A comparison of nothing proves nothing: the synthetic council must give each measure a cohort.
        assert.ok((expected.denominator ?? expected.numerator) > 0, `${id}: the synthetic council has no cohort`);
        assert.deepEqual(
          { numerator: result.numerator, denominator: expected.denominator === null ? null : result.denominator },
          expected,
        );
        if (expected.denominator !== null) {
          assert.equal(result.value, Math.round(((100 * expected.numerator) / expected.denominator) * 10000) / 10000);
        } else {
          assert.equal(result.value, expected.numerator);
        }
      });
    }

    test('the year asked for is the DfE year to 31 March', () => {
      assert.deepEqual(results.get('referrals')?.period, { from: YEAR_START, to: AT });
      assert.deepEqual(results.get('cla-at-date')?.period, { from: AT, to: AT });
    });
  });
}
