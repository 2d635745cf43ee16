import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCouncil, buildReferral } from '../records/factories.ts';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { addCommentary } from './commentary.ts';
import type { ScorecardRow } from './model.ts';
import { buildScorecard } from './scorecard.ts';
import { importFramework } from './versions.ts';

// Northumberland's code, so the DfE's published figures for 929 are the benchmarks.
const LA = '929';

const FRAMEWORK = `name: Test scorecard
year: 2025-26
sections:
  - id: front-door
    title: Front door
    indicators:
      - id: referral-decision-1wd
        window: month
        officer: Head of First Contact
        target: { year: 96, months: { 2025-12: 95 } }
        bands: { green: { gte: 95 }, amber: { gte: 90, lt: 95 }, red: { lt: 90 } }
        underlying: "{numerator} referrals decided within 1 day out of a total cohort of {denominator}"
      - id: referrals
        polarity: L
        window: ytd
        frequency: annual
  - id: other
    title: Other
    indicators:
      - id: cpp-repeat
      - id: cpp-repeat
        params: { within: 24-months }
      - id: service-resources
`;

/** Referrals on a date, decided on another (working days: 2025-12-01 is a Monday). */
async function referrals(db: Store, date: string, decided: readonly string[]): Promise<void> {
  for (const decision of decided)
    await buildReferral(db, { la_code: LA, referral_date: date, decision_date: decision });
}

function row(rows: ScorecardRow[], id: string, params: Record<string, string> = {}): ScorecardRow {
  const found = rows.find(
    (r) => r.indicatorId === id && JSON.stringify(r.params) === JSON.stringify({ ...r.params, ...params }),
  );
  assert.ok(found, `row ${id}`);
  return found;
}

describe('buildScorecard', () => {
  for (const backend of testBackends()) {
    test(`a hand-counted scorecard with RAG, direction, trend, benchmarks and commentary [${backend.name}]`, async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db, { la_code: LA, region: 'North East' });
        await importFramework(db, {
          la: LA,
          text: FRAMEWORK,
          sourceName: 'test.yaml',
          effectiveFrom: '2020-01-01',
          actor: 'test',
        });
        // December 2025: 3 of 4 decided within a working day (75%: red against the 95 of the month's target).
        await referrals(db, '2025-12-01', ['2025-12-01', '2025-12-02', '2025-12-01', '2025-12-08']);
        // November 2025: 2 of 2 (100%); December 2024: 1 of 1 (100%); March 2025: 0 of 1 (last year's outturn).
        await referrals(db, '2025-11-03', ['2025-11-03', '2025-11-04']);
        await referrals(db, '2024-12-02', ['2024-12-02']);
        await referrals(db, '2025-03-03', ['2025-03-10']);
        await addCommentary(db, {
          la: LA,
          indicatorId: 'referral-decision-1wd',
          period: '2025-11',
          kind: 'comment',
          text: 'Hub opened',
          author: 'A',
        });

        const card = await buildScorecard(db, { at: '2025-12-31' });
        assert.deepEqual(card.council, { laCode: LA, name: `Synthetic Council ${LA}`, region: 'North East' });
        assert.equal(card.period, '2025-12');
        assert.deepEqual(card.level, { kind: 'council', id: null, name: `Synthetic Council ${LA}` });
        assert.deepEqual(
          card.sections.map((s) => [s.id, s.rows.length]),
          [
            ['front-door', 2],
            ['other', 3],
          ],
        );
        const rows = card.sections.flatMap((s) => s.rows);

        const decisions = row(rows, 'referral-decision-1wd');
        assert.deepEqual(
          [decisions.current, decisions.numerator, decisions.denominator, decisions.target, decisions.rag],
          [75, 3, 4, 95, 'red'],
        );
        assert.deepEqual(decisions.direction, { previous: 'worsening', lastYear: 'worsening' });
        assert.equal(decisions.lastYearOutturn, 0);
        assert.equal(decisions.lastAvailable, '2025-12-31');
        assert.equal(decisions.status, 'up-to-date');
        assert.equal(decisions.officer, 'Head of First Contact');
        assert.equal(decisions.underlying, '3 referrals decided within 1 day out of a total cohort of 4');
        assert.equal(decisions.bands, 'Green >= 95%, Amber >= 90% and < 95%, Red < 90%');
        assert.equal(decisions.trend.length, 24);
        // The point carries its counts, so a public document can suppress a small one (row-figures.ts).
        assert.deepEqual(decisions.trend.at(-2), {
          at: '2025-11-30',
          value: 100,
          target: 96,
          numerator: 2,
          denominator: 2,
        });
        assert.equal(decisions.trend.filter((p) => p.value !== null).length, 4);
        assert.deepEqual(
          decisions.commentary.map((c) => [c.text, c.carriedForward]),
          [['Hub opened', true]],
        );

        // Benchmarks: C1 2025 as published (checked by hand against the CSV): 929 510.2 per 10k, England
        // 519.4, North East 598.7, the ten neighbours' mean 479.8, 71st lowest of 153 councils.
        const rate = row(rows, 'referrals').benchmarks!;
        assert.deepEqual(
          [
            rate.year,
            rate.council,
            rate.england,
            rate.region,
            rate.statisticalNeighbours,
            rate.rank,
            rate.of,
            rate.quartile,
          ],
          ['2024-25', 510.2, 519.4, { name: 'North East', value: 598.7 }, 479.8, 71, 153, 2],
        );
        assert.equal(rate.previous?.year, '2023-24');
        assert.equal(row(rows, 'referrals').trend.length, 2); // 31 March in 24 months
        assert.equal(row(rows, 'referrals').rate?.per, 10_000);

        // The same id with two parameter sets is two measures; a manual measure not entered is missing.
        const repeats = rows.filter((r) => r.indicatorId === 'cpp-repeat').map((r) => r.params.within);
        assert.deepEqual(repeats, ['ever', '24-months']);
        const resources = row(rows, 'service-resources');
        assert.deepEqual([resources.status, resources.current, resources.rag], ['missing', null, null]);
        assert.match(resources.note ?? '', /Not entered/);
      } finally {
        await db.close();
      }
    });

    test(`refuses an unknown level and a date with no framework [${backend.name}]`, async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db, { la_code: LA });
        await assert.rejects(buildScorecard(db, { at: '2025-12-31' }), /No performance framework is in force/);
        await importFramework(db, { la: LA, text: FRAMEWORK, sourceName: 'test.yaml', actor: 'test' });
        await assert.rejects(buildScorecard(db, { at: '2025-12-31', level: 'team:NOPE' }), /No team "NOPE"/);
        await assert.rejects(
          buildScorecard(db, { at: '2025-12-31', level: 'worker:W1' }),
          /council, locality:NAME or team:ID/,
        );
        await assert.rejects(buildScorecard(db, { at: '2025-12-31', period: '2025-26Q5' }), /Q1 to Q4/);
        await assert.rejects(buildScorecard(db, { at: '2025-02-30' }), /at: expected an existing date/);
      } finally {
        await db.close();
      }
    });
  }
});
