/**
 * The synthetic council in the store, on every backend: consistency of the records (checked in SQL),
 * the tricky cases it must contain, calibration to England's published figures (computed in plain SQL
 * by measure.ts), and loading rules (one transaction, refuse or replace, audit row).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../store/testing.ts';
import type { Store } from '../store/db.ts';
import { generateCouncil, loadCouncil, type GeneratedCouncil } from './index.ts';
import { measureFigures } from './measure.ts';
import { isValidUpn } from './identity.ts';
import type { Figures } from '../benchmarks/figures.ts';

const OPTIONS = { population: 20000, years: 4, seed: 1, to: '2025-03-31' };
const YEARS = [2022, 2023, 2024, 2025];
let council: GeneratedCouncil;

function generated(): GeneratedCouncil {
  council ??= generateCouncil(OPTIONS);
  return council;
}

async function count(db: Store, sql: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(sql);
  return Number(row?.n ?? 0);
}

for (const backend of testBackends()) {
  describe(`synthetic council on ${backend.name}`, () => {
    let db: Store;
    before(async () => {
      db = await backend.open();
      await loadCouncil(db, generated());
    });
    after(async () => {
      await db?.close();
    });

    describe('consistency', () => {
      const checks: [string, string][] = [
        [
          'no child has overlapping 903 episodes',
          `SELECT count(*) AS n FROM cla_episode a JOIN cla_episode b ON a.la_code = b.la_code AND a.child_id = b.child_id AND a.id < b.id
          WHERE a.start_date < coalesce(b.end_date, 'infinity') AND b.start_date < coalesce(a.end_date, 'infinity')`,
        ],
        [
          'every open care period has exactly one open episode',
          `SELECT count(*) AS n FROM care_period p WHERE p.end_date IS NULL
          AND (SELECT count(*) FROM cla_episode e WHERE e.la_code = p.la_code AND e.care_period_id = p.id AND e.end_date IS NULL) <> 1`,
        ],
        [
          'episodes tile their period: each X1 is followed the same day',
          `SELECT count(*) AS n FROM cla_episode e WHERE e.reason_ceased = 'X1'
          AND NOT EXISTS (SELECT 1 FROM cla_episode f WHERE f.la_code = e.la_code AND f.care_period_id = e.care_period_id AND f.start_date = e.end_date)`,
        ],
        [
          'a period starts with its RNE S episode and only there',
          `SELECT count(*) AS n FROM cla_episode e JOIN care_period p ON p.la_code = e.la_code AND p.id = e.care_period_id
          WHERE (e.start_date = p.start_date) <> (e.reason_new = 'S')`,
        ],
        [
          'a closed period ends with its last episode and a reason other than X1',
          `SELECT count(*) AS n FROM care_period p WHERE p.end_date IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM cla_episode e WHERE e.la_code = p.la_code AND e.care_period_id = p.id AND e.end_date = p.end_date AND e.reason_ceased <> 'X1')`,
        ],
        [
          'episodes match their placement',
          `SELECT count(*) AS n FROM cla_episode e JOIN placement pl ON pl.la_code = e.la_code AND pl.id = e.placement_id
          WHERE pl.placement_type <> e.placement_type OR e.start_date < pl.start_date OR e.start_date > coalesce(pl.end_date, 'infinity') OR pl.care_period_id <> e.care_period_id`,
        ],
        [
          'short-break periods have only V3/V4 episodes, other periods none',
          `SELECT count(*) AS n FROM cla_episode e JOIN care_period p ON p.la_code = e.la_code AND p.id = e.care_period_id
          WHERE p.short_breaks_only <> (e.legal_status IN ('V3', 'V4'))`,
        ],
        [
          'nobody is in care before birth or after 18',
          `SELECT count(*) AS n FROM care_period p JOIN child c ON c.la_code = p.la_code AND c.id = p.child_id
          WHERE c.date_of_birth IS NULL OR p.start_date < c.date_of_birth OR coalesce(p.end_date, p.start_date) > c.date_of_birth + interval '18 years'`,
        ],
        [
          'referrals are of children under 18',
          `SELECT count(*) AS n FROM referral r JOIN child c ON c.la_code = r.la_code AND c.id = r.child_id
          WHERE c.date_of_birth IS NOT NULL AND r.referral_date >= c.date_of_birth + interval '18 years'`,
        ],
        [
          'a child has one open episode of need at a time',
          `SELECT count(*) AS n FROM referral a JOIN referral b ON a.la_code = b.la_code AND a.child_id = b.child_id AND a.id < b.id
          WHERE a.referral_date < coalesce(b.closure_date, 'infinity') AND b.referral_date < coalesce(a.closure_date, 'infinity')`,
        ],
        [
          'child protection plans do not overlap',
          `SELECT count(*) AS n FROM cp_plan a JOIN cp_plan b ON a.la_code = b.la_code AND a.child_id = b.child_id AND a.id < b.id
          WHERE a.start_date < coalesce(b.end_date, 'infinity') AND b.start_date < coalesce(a.end_date, 'infinity')`,
        ],
        [
          'plans start within their episode of need',
          `SELECT count(*) AS n FROM cp_plan p JOIN referral r ON r.la_code = p.la_code AND r.id = p.referral_id
          WHERE p.start_date < r.referral_date OR p.start_date > coalesce(r.closure_date, 'infinity')`,
        ],
        [
          'unborn children have an expected date of birth and sex U',
          `SELECT count(*) AS n FROM child WHERE date_of_birth IS NULL AND (expected_date_of_birth IS NULL OR sex <> 'U')`,
        ],
        [
          'care leavers’ birthday contacts fall around that birthday',
          `SELECT count(*) AS n FROM care_leaver_contact t JOIN child c ON c.la_code = t.la_code AND c.id = t.child_id
          WHERE t.birthday_age IS NOT NULL AND (t.contact_date < c.date_of_birth + make_interval(years => t.birthday_age) - interval '3 months'
            OR t.contact_date > c.date_of_birth + make_interval(years => t.birthday_age) + interval '2 months')`,
        ],
        [
          'a child has one social worker at a time in each kind of team',
          `SELECT count(*) AS n FROM (
          SELECT a.start_date, max(coalesce(a.end_date, 'infinity')) OVER (PARTITION BY a.child_id, t.kind ORDER BY a.start_date, a.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end
          FROM allocation a JOIN team t ON t.la_code = a.la_code AND t.id = a.team_id WHERE a.kind = 'social_worker') x
          WHERE before_end >= start_date`,
        ],
        [
          'allocations fall within the worker’s time in post',
          `SELECT count(*) AS n FROM allocation a JOIN worker w ON w.la_code = a.la_code AND w.id = a.worker_id
          WHERE a.start_date < w.start_date OR coalesce(a.end_date, '2025-03-31') > coalesce(w.end_date, 'infinity')`,
        ],
        [
          'UASC who ceased to be UASC did so at 18',
          `SELECT count(*) AS n FROM child WHERE uasc_ceased IS NOT NULL AND uasc_ceased <> (date_of_birth + interval '18 years')::date
          AND NOT (extract(month FROM date_of_birth) = 2 AND extract(day FROM date_of_birth) = 29)`,
        ],
        [
          'nothing is dated after the reference date',
          `SELECT (SELECT count(*) FROM referral WHERE referral_date > '2025-03-31') + (SELECT count(*) FROM cla_episode WHERE start_date > '2025-03-31')
          + (SELECT count(*) FROM visit WHERE visit_date > '2025-03-31') + (SELECT count(*) FROM cla_review WHERE review_date > '2025-03-31') AS n`,
        ],
      ];
      for (const [name, sql] of checks) {
        test(name, async () => assert.equal(await count(db, sql), 0));
      }
      test('every UPN carries a valid DfE check letter', async () => {
        const rows = await db.query<{ upn: string }>('SELECT upn FROM child WHERE upn IS NOT NULL');
        assert.ok(rows.length > 100);
        for (const { upn } of rows) assert.ok(isValidUpn(upn), upn);
      });
    });

    describe('the cases that break naive code each appear', () => {
      const cases: [string, string][] = [
        [
          'unborn children',
          `SELECT count(*) AS n FROM child WHERE date_of_birth IS NULL AND expected_date_of_birth IS NOT NULL`,
        ],
        [
          'children born after a pre-birth referral',
          `SELECT count(*) AS n FROM child c JOIN referral r ON r.la_code = c.la_code AND r.child_id = c.id WHERE r.referral_date < c.date_of_birth`,
        ],
        [
          're-referrals within 12 months',
          `SELECT count(*) AS n FROM referral a JOIN referral b ON a.la_code = b.la_code AND a.child_id = b.child_id AND
             b.referral_date > a.referral_date AND b.referral_date <= a.referral_date + interval '12 months'`,
        ],
        ['repeat child protection plans', `SELECT count(*) AS n FROM cp_plan WHERE previous_plans > 0`],
        [
          'siblings',
          `SELECT count(*) AS n FROM (SELECT family_id FROM child GROUP BY family_id HAVING count(*) > 1) f`,
        ],
        [
          'UASC in care',
          `SELECT count(*) AS n FROM child c WHERE c.uasc AND EXISTS (SELECT 1 FROM care_period p WHERE p.la_code = c.la_code AND p.child_id = c.id)`,
        ],
        ['short breaks under V3', `SELECT count(*) AS n FROM cla_episode WHERE legal_status = 'V3'`],
        ['short breaks under V4', `SELECT count(*) AS n FROM cla_episode WHERE legal_status = 'V4'`],
        [
          'second periods of care',
          `SELECT count(*) AS n FROM (SELECT child_id FROM care_period WHERE NOT short_breaks_only GROUP BY child_id HAVING count(*) > 1) x`,
        ],
        [
          'adoption disruptions',
          `SELECT count(*) AS n FROM adoption WHERE placed_date IS NOT NULL AND reversal_date IS NOT NULL`,
        ],
        [
          'adoption decisions reversed before placement',
          `SELECT count(*) AS n FROM adoption WHERE placed_date IS NULL AND reversal_date IS NOT NULL`,
        ],
        ['adoptions', `SELECT count(*) AS n FROM cla_episode WHERE reason_ceased IN ('E11', 'E12')`],
        [
          'special guardianship orders',
          `SELECT count(*) AS n FROM cla_episode WHERE reason_ceased IN ('E45', 'E46', 'E47', 'E48')`,
        ],
        ['missing episodes', `SELECT count(*) AS n FROM missing_episode`],
        ['care leavers up to 21', `SELECT count(*) AS n FROM care_leaver_contact WHERE birthday_age = 21`],
        [
          'workers who left, their cases handed over',
          `SELECT count(*) AS n FROM allocation WHERE change_reason = 'LEFTRL'`,
        ],
        [
          'adopters matched with a child, and each adoptive family among them',
          `SELECT count(*) AS n FROM adoption d JOIN adopter a ON a.la_code = d.la_code AND a.family_id = d.adopter_family_id
          WHERE d.match_date IS NOT NULL AND a.match_date = d.match_date`,
        ],
        ['adopters who left the process', `SELECT count(*) AS n FROM adopter WHERE left_date IS NOT NULL`],
        [
          'mothers with the date of birth of their first child',
          `SELECT count(*) AS n FROM child WHERE mother_of_child AND first_child_birth IS NOT NULL`,
        ],
        [
          'unallocated open cases at the reference date',
          `SELECT count(*) AS n FROM referral r WHERE r.referral_date <= '2025-03-31' AND r.closure_date IS NULL AND NOT r.nfa
          AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.la_code = r.la_code AND a.child_id = r.child_id AND a.kind = 'social_worker' AND a.end_date IS NULL)`,
        ],
        [
          'legal status changes within a placement (RNE L)',
          `SELECT count(*) AS n FROM cla_episode WHERE reason_new = 'L'`,
        ],
        [
          'placements with the same carers changing type (RNE T or U)',
          `SELECT count(*) AS n FROM cla_episode WHERE reason_new IN ('T', 'U')`,
        ],
      ];
      for (const [name, sql] of cases) {
        test(name, async () => assert.ok((await count(db, sql)) > 0, name));
      }
      test('every care proceedings outcome', async () => {
        const rows = await db.query<{ final_order: string }>(
          'SELECT DISTINCT final_order FROM care_proceedings WHERE final_order IS NOT NULL ORDER BY 1',
        );
        assert.deepEqual(
          rows.map((r) => r.final_order),
          [
            'cao',
            'cao_supervision',
            'care_and_placement_order',
            'care_order',
            'no_order',
            'placement_order',
            'sgo',
            'sgo_supervision',
            'supervision_order',
          ],
        );
      });
      test('every table of the record model has rows (but users, sessions, and the 2026-27 DoLo table)', async () => {
        const empty = Object.entries(generated().tables)
          .filter(([name, rows]) => rows.length === 0 && name !== 'dolo')
          .map(([name]) => name);
        assert.deepEqual(empty, []);
      });
    });

    test('published-style figures come out within 15% of England 2025 (pooled over the four years)', async () => {
      const target = generated().options.calibration.figures;
      const sums: Partial<Record<keyof Figures, number>> = {};
      for (const year of YEARS) {
        const measured = await measureFigures(db, '990', year);
        for (const [key, value] of Object.entries(measured) as [keyof Figures, number | null][])
          sums[key] = (sums[key] ?? 0) + (value ?? 0);
      }
      const misses: string[] = [];
      for (const key of Object.keys(target) as (keyof Figures)[]) {
        const mean = (sums[key] ?? 0) / YEARS.length;
        const ratio = mean / target[key];
        if (Math.abs(ratio - 1) > 0.15) misses.push(`${key}: ${mean.toFixed(1)} against ${target[key].toFixed(1)}`);
      }
      assert.deepEqual(misses, []);
    });

    describe('loading', () => {
      test('refuses a council that already holds records, leaving them untouched', async () => {
        const before = await count(db, 'SELECT count(*) AS n FROM child');
        await assert.rejects(loadCouncil(db, generated()), /already holds records/);
        assert.equal(await count(db, 'SELECT count(*) AS n FROM child'), before);
      });
      test('a load that fails part-way leaves the store as it was', async () => {
        const before = await count(
          db,
          'SELECT (SELECT count(*) FROM child) + (SELECT count(*) FROM referral) + (SELECT count(*) FROM audit_log) AS n',
        );
        const broken = generateCouncil({ population: 2000, years: 1, seed: 5, to: '2025-03-31' });
        broken.tables.referral.push({ ...broken.tables.referral[0]!, id: 'BROKEN1', child_id: 'NOSUCHCHILD' });
        await assert.rejects(loadCouncil(db, broken, { replace: true }), /missing child/);
        assert.equal(
          await count(
            db,
            'SELECT (SELECT count(*) FROM child) + (SELECT count(*) FROM referral) + (SELECT count(*) FROM audit_log) AS n',
          ),
          before,
        );
      });
      test('wrote one audit row, and --replace keeps the audit log while replacing the rows', async () => {
        assert.equal(
          await count(db, `SELECT count(*) AS n FROM audit_log WHERE action = 'generate' AND actor = 'cli:synth'`),
          1,
        );
        const small = generateCouncil({ population: 2000, years: 1, seed: 9, to: '2025-03-31' });
        await loadCouncil(db, small, { replace: true });
        assert.equal(await count(db, 'SELECT count(*) AS n FROM child'), small.tables.child.length);
        assert.equal(await count(db, `SELECT count(*) AS n FROM audit_log WHERE action = 'generate'`), 2);
      });
    });
  });
}
