import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../calendar/dates.ts';
import { addWorkingDays, withinWorkingDays, workingDaysBetween } from '../calendar/working-days.ts';
import {
  buildAllocation,
  buildChild,
  buildCouncil,
  buildReferral,
  buildTeam,
  buildWorker,
  buildMeasureValue,
} from '../records/factories.ts';
import { evaluateIndicators, getIndicator, resolveParams } from './evaluate.ts';
import { IndicatorRequestError } from './request.ts';
import { cumulativeWorkingDaysSql, withinWorkingDaysSql } from './sql.ts';
import { bankHolidaySet } from '../calendar/bank-holidays.ts';
import { evaluateOne, idsWith, testOnEveryBackend } from './testing.ts';
import { evaluateManualIndicator } from './manual.ts';
import { resolveScope } from './scope.ts';
import { parseIndicatorRequest } from './request.ts';
import type { ManualIndicator } from './definition.ts';
import { CATALOGUE } from './catalogue/index.ts';

describe('catalogue', () => {
  test('ids are unique and every definition cites a definition and has a known family', () => {
    const ids = CATALOGUE.map((d) => d.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const def of CATALOGUE) {
      assert.ok(def.definition.length > 20, def.id);
      assert.match(def.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  test('parameters: defaults, overrides, and refusals', () => {
    const def = getIndicator('cpp-repeat');
    assert.deepEqual(resolveParams(def, {}), { within: 'ever' });
    assert.deepEqual(resolveParams(def, { within: '24-months' }), { within: '24-months' });
    assert.throws(() => resolveParams(def, { within: '5-years' }), /must be one of ever, 24-months, cohort-6-months/);
    assert.throws(() => resolveParams(def, { since: 'ever' }), /has no parameter "since"/);
    assert.throws(() => resolveParams(getIndicator('workload-points'), { ideal: 'lots' }), /whole number/);
    assert.throws(() => getIndicator('no-such-indicator'), IndicatorRequestError);
  });
});

describe('working days in SQL agree with src/calendar/working-days.ts', () => {
  testOnEveryBackend('every pair around Easter, Christmas and a weekend', async (db) => {
    // Spans starting on weekdays, weekends and bank holidays, crossing Easter 2025, Christmas 2024 and
    // the 2012 Jubilee move, both directions.
    const starts = [
      '2024-12-20',
      '2024-12-25',
      '2024-12-28',
      '2025-04-17',
      '2025-04-18',
      '2025-04-21',
      '2012-05-25',
      '2009-12-31',
    ];
    const pairs = starts.flatMap((start) =>
      [-9, -1, 0, 1, 2, 3, 5, 8, 13, 40, 400].map((n) => [start, addDays(start, n)] as const),
    );
    const holidays = [...bankHolidaySet()].sort();
    const rows = await db.query<{ wd: number }>(
      `SELECT ${cumulativeWorkingDaysSql('b', '$3::date[]')} - ${cumulativeWorkingDaysSql('a', '$3::date[]')} AS wd
         FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS p(a, b, n) ORDER BY n`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), holidays],
    );
    assert.deepEqual(
      rows.map((r) => r.wd),
      pairs.map(([a, b]) => workingDaysBetween(a, b)),
    );
  });
});

describe('"within N working days" in SQL agrees with withinWorkingDays', () => {
  testOnEveryBackend(
    'deadlines on Christmas Eve, before Easter and on a Friday; ends on the days after',
    async (db) => {
      const starts = ['2024-12-03', '2024-12-20', '2025-04-01', '2025-04-17', '2025-01-06', '2025-01-11'];
      const cases = starts.flatMap((start) =>
        [1, 4, 5, 15, 20].flatMap((n) =>
          [-1, 0, 1, 2, 3].map((k) => [start, addDays(addWorkingDays(start, n), k), n] as const),
        ),
      );
      const holidays = [...bankHolidaySet()].sort();
      const rows = await db.query<{ within: boolean }>(
        `SELECT ${withinWorkingDaysSql('a', 'b', 'p.n', '$4::date[]')} AS within
         FROM unnest($1::date[], $2::date[], $3::int[]) WITH ORDINALITY AS p(a, b, n, i) ORDER BY i`,
        [cases.map((c) => c[0]), cases.map((c) => c[1]), cases.map((c) => c[2]), holidays],
      );
      assert.deepEqual(
        rows.map((r) => r.within),
        cases.map(([a, b, n]) => withinWorkingDays(a, b, n)),
      );
    },
  );
});

describe('periods', () => {
  testOnEveryBackend(
    'month, quarter, ytd, fy, r12 and a range count referrals in their windows, never after the date',
    async (db) => {
      // Referrals: 2024-03-31 (previous year), 2024-04-01 (first day of FY 2024-25), 2024-12-31,
      // 2025-01-01 (Q4 starts), 2025-02-28, 2025-03-01, 2025-03-31 (last day), 2025-04-01 (after `at`).
      for (const date of [
        '2024-03-31',
        '2024-04-01',
        '2024-12-31',
        '2025-01-01',
        '2025-02-28',
        '2025-03-01',
        '2025-03-31',
        '2025-04-01',
      ]) {
        await buildReferral(db, { referral_date: date, decision_date: date });
      }
      const count = async (period: string, at = '2025-03-31') =>
        (await evaluateOne(db, 'referrals', { at, period })).value;
      assert.equal(await count('month'), 2); // 1 and 31 March
      assert.equal(await count('quarter'), 4); // 1 Jan, 28 Feb, 1 Mar, 31 Mar
      assert.equal(await count('ytd'), 6); // all of FY 2024-25
      assert.equal(await count('r12'), 6); // 2024-04-01..2025-03-31
      assert.equal(await count('r12', '2025-03-30'), 6); // 2024-03-31..2025-03-30: 31 Mar 2024 in, 31 Mar 2025 not yet
      assert.equal(await count('2024-12-31..2025-01-01'), 2);
      // fy at 2025-02-28: the window is cut at the date, so March referrals are not yet known.
      const fy = await evaluateOne(db, 'referrals', { at: '2025-02-28', period: 'fy' });
      assert.equal(fy.value, 4);
      assert.deepEqual(fy.period, { from: '2024-04-01', to: '2025-02-28' });
    },
  );

  testOnEveryBackend('rates per 10,000 use the population of the financial year', async (db) => {
    await buildReferral(db, { referral_date: '2025-01-15', decision_date: '2025-01-15' });
    const result = await evaluateOne(db, 'referrals', { at: '2025-01-31', period: 'month' });
    // 1 referral / 50,000 children x 10,000 = 0.2
    assert.deepEqual(result.rate, { per: 10_000, ages: '0-17', value: 0.2 });
  });
});

describe('levels and series', () => {
  testOnEveryBackend('a child moving team mid-period counts where allocated on the event date', async (db) => {
    await buildTeam(db, { id: 'TN', locality: 'North' });
    await buildTeam(db, { id: 'TS', locality: 'South' });
    await buildWorker(db, { id: 'WN', team_id: 'TN' });
    await buildWorker(db, { id: 'WS', team_id: 'TS' });
    const child = await buildChild(db, { id: 'MOVER' });
    // With WN in team TN until 14 Feb, then WS in team TS from 15 Feb.
    await buildAllocation(db, {
      child_id: child.id,
      worker_id: 'WN',
      start_date: '2025-01-01',
      end_date: '2025-02-14',
    });
    await buildAllocation(db, { child_id: child.id, worker_id: 'WS', start_date: '2025-02-15' });
    await buildReferral(db, {
      id: 'RJAN',
      child_id: child.id,
      referral_date: '2025-01-20',
      decision_date: '2025-01-20',
    });
    await buildReferral(db, {
      id: 'RFEB',
      child_id: child.id,
      referral_date: '2025-02-14',
      decision_date: '2025-02-14',
    });
    await buildReferral(db, {
      id: 'RMAR',
      child_id: child.id,
      referral_date: '2025-03-03',
      decision_date: '2025-03-03',
    });
    const at = '2025-03-31';
    assert.equal((await evaluateOne(db, 'referrals', { at, period: 'quarter', level: 'team:TN' })).value, 2);
    assert.equal((await evaluateOne(db, 'referrals', { at, period: 'quarter', level: 'team:TS' })).value, 1);
    assert.equal((await evaluateOne(db, 'referrals', { at, period: 'quarter', level: 'worker:WS' })).value, 1);
    assert.equal((await evaluateOne(db, 'referrals', { at, period: 'quarter', level: 'locality:North' })).value, 2);
    assert.equal((await evaluateOne(db, 'referrals', { at, period: 'quarter' })).value, 3);
    // Snapshot at 31 March: the open episodes are held by TS, where the child is allocated then.
    assert.equal((await evaluateOne(db, 'cin-at-date', { at, level: 'team:TS' })).value, 1);
    assert.equal((await evaluateOne(db, 'cin-at-date', { at, level: 'team:TN' })).value, 0);
    // Every team at once: one result per team open at the date.
    const all = await evaluateIndicators(db, { at, period: 'quarter', level: 'team', ids: ['referrals'] });
    assert.deepEqual(
      all.map((r) => [r.level.id, r.value]),
      [
        ['TN', 2],
        ['TS', 1],
      ],
    );
    // Rates need the council's population: none at team level.
    assert.equal(all[0]!.rate?.value, null);
  });

  testOnEveryBackend('a series evaluates each month-end with its own window', async (db) => {
    for (const date of ['2025-01-05', '2025-02-10', '2025-02-11', '2025-03-31'])
      await buildReferral(db, { referral_date: date, decision_date: date });
    const series = await evaluateIndicators(db, { at: '2025-04-15', period: 'month', series: 3, ids: ['referrals'] });
    assert.deepEqual(
      series.map((r) => [r.at, r.period.from, r.value]),
      [
        ['2025-01-31', '2025-01-01', 1],
        ['2025-02-28', '2025-02-01', 2],
        ['2025-03-31', '2025-03-01', 1],
      ],
    );
    const ytd = await evaluateIndicators(db, { at: '2025-03-31', period: 'ytd', series: 2, ids: ['cin-at-date'] });
    assert.deepEqual(
      ytd.map((r) => [r.at, r.value, r.period.from]),
      [
        ['2025-02-28', 3, '2025-02-28'],
        ['2025-03-31', 4, '2025-03-31'],
      ],
    );
  });

  testOnEveryBackend('explain lists numerator, denominator-only and excluded rows', async (db) => {
    await buildReferral(db, { id: 'RQUICK', referral_date: '2025-03-07', decision_date: '2025-03-10' }); // Fri -> Mon: 1 WD
    await buildReferral(db, { id: 'RSLOW', referral_date: '2025-03-07', decision_date: '2025-03-11' }); // 2 WD
    const result = await evaluateOne(db, 'referral-decision-1wd', { at: '2025-03-31', explain: true });
    assert.deepEqual(idsWith(result, 'numerator'), ['RQUICK']);
    assert.deepEqual(idsWith(result, 'denominator'), ['RSLOW']);
    assert.equal(result.value, 50);
  });

  testOnEveryBackend('a measure meaningful only for the council says so at other levels', async (db) => {
    await buildTeam(db, { id: 'T1' });
    const result = await evaluateOne(db, 'unallocated-cases', { at: '2025-03-31', level: 'team:T1' });
    assert.equal(result.value, null);
    assert.match(result.note ?? '', /Not measured at team level/);
  });
});

describe('manual measures', () => {
  const survey: ManualIndicator = {
    id: 'manual-example',
    title: 'Example manual measure',
    family: 'Test',
    unit: 'percent',
    polarity: 'H',
    kind: 'period',
    source: 'manual',
    aggregate: 'percent',
    definition: 'Entered per quarter into measure_value (test definition).',
  };

  testOnEveryBackend('entries inside the window combine by numerator and denominator', async (db) => {
    await buildMeasureValue(db, {
      indicator_id: 'manual-example',
      period_from: '2024-04-01',
      period_to: '2024-06-30',
      value: 80,
      numerator: 8,
      denominator: 10,
    });
    await buildMeasureValue(db, {
      indicator_id: 'manual-example',
      period_from: '2024-07-01',
      period_to: '2024-09-30',
      value: 60,
      numerator: 18,
      denominator: 30,
    });
    const scope = await resolveScope(db, parseIndicatorRequest({ at: '2024-09-30', period: 'ytd' }));
    const [ytd] = await evaluateManualIndicator(db, survey, {}, scope);
    assert.deepEqual([ytd?.numerator, ytd?.denominator, ytd?.value], [26, 40, 65]); // (8 + 18) / (10 + 30)
    const quarter = await resolveScope(db, parseIndicatorRequest({ at: '2024-09-30', period: 'quarter' }));
    const [q2] = await evaluateManualIndicator(db, survey, {}, quarter);
    assert.equal(q2?.value, 60);
    const before = await resolveScope(db, parseIndicatorRequest({ at: '2024-06-29', period: 'ytd' }));
    const [none] = await evaluateManualIndicator(db, survey, {}, before);
    assert.equal(none?.value, null);
  });
});

describe('request errors', () => {
  testOnEveryBackend('unknown ids, impossible dates and periods, unknown levels', async (db) => {
    const bad = async (request: Record<string, unknown>, message: RegExp) =>
      assert.rejects(
        evaluateIndicators(db, request),
        (error: unknown) =>
          error instanceof IndicatorRequestError && message.test(error.message) && error.status === 400,
      );
    await bad({ at: '2025-03-31', ids: ['referals'] }, /Unknown indicator id "referals"/);
    await bad({ at: '2025-02-30' }, /at: expected an existing date/);
    await bad({ at: '2025-03-31', period: 'fortnight' }, /Unknown period "fortnight"/);
    await bad({ at: '2025-03-31', period: '2025-03-01..2025-02-01' }, /start 2025-03-01 is after end 2025-02-01/);
    await bad({ at: '2025-03-31', period: '2025-04-01..2025-04-30' }, /starts after the reference date/);
    await bad({ at: '2025-03-31', period: '2025-01-01..2025-03-31', series: 3 }, /series needs a relative period/);
    await bad({ at: '2025-03-31', level: 'team:NOPE' }, /No team "NOPE"/);
    await bad({ at: '2025-03-31', level: 'region' }, /Unknown level "region"/);
    await bad({ at: '2025-03-31', la: '123' }, /No council 123/);
    await bad({ at: '2025-03-31', params: { 'cpp-repeat': { within: 'sometimes' } } }, /must be one of/);
    await buildCouncil(db, { la_code: '991' });
    await bad({ at: '2025-03-31' }, /several councils \(990, 991\)/);
  });
});
