import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  collectionYearOf,
  financialQuarterOf,
  financialYearLabel,
  financialYearOf,
  isMonthEnd,
  monthEndOf,
  monthEnds,
  parsePeriod,
  periodContains,
  periodFor,
  samePeriodLastYear,
} from './periods.ts';

describe('financial and collection years', () => {
  test('financialYearOf: 1 April starts the year, 31 March ends it', () => {
    assert.equal(financialYearOf('2025-03-31'), 2024);
    assert.equal(financialYearOf('2025-04-01'), 2025);
    assert.equal(financialYearOf('2024-04-01'), 2024);
    assert.equal(financialYearOf('2024-12-31'), 2024);
    assert.equal(financialYearOf('2025-01-01'), 2024);
  });

  test('collectionYearOf names the 31 March that ends the collection', () => {
    assert.equal(collectionYearOf('2025-03-31'), 2025);
    assert.equal(collectionYearOf('2024-04-01'), 2025);
    assert.equal(collectionYearOf('2024-03-31'), 2024);
  });

  test('labels and quarters', () => {
    assert.equal(financialYearLabel(2024), '2024-25');
    assert.equal(financialYearLabel(1999), '1999-00');
    assert.deepEqual(
      [
        '2024-04-01',
        '2024-06-30',
        '2024-07-01',
        '2024-09-30',
        '2024-10-01',
        '2024-12-31',
        '2025-01-01',
        '2025-03-31',
      ].map(financialQuarterOf),
      [1, 1, 2, 2, 3, 3, 4, 4],
    );
  });
});

describe('periodFor', () => {
  test('month: first of the month to at', () => {
    assert.deepEqual(periodFor('month', '2024-02-29'), { from: '2024-02-01', to: '2024-02-29' });
    assert.deepEqual(periodFor('month', '2025-01-01'), { from: '2025-01-01', to: '2025-01-01' });
  });

  test('quarter: start of the financial quarter to at', () => {
    assert.deepEqual(periodFor('quarter', '2024-05-15'), { from: '2024-04-01', to: '2024-05-15' });
    assert.deepEqual(periodFor('quarter', '2024-09-30'), { from: '2024-07-01', to: '2024-09-30' });
    assert.deepEqual(periodFor('quarter', '2024-12-01'), { from: '2024-10-01', to: '2024-12-01' });
    assert.deepEqual(periodFor('quarter', '2025-03-31'), { from: '2025-01-01', to: '2025-03-31' });
    assert.deepEqual(periodFor('quarter', '2025-01-01'), { from: '2025-01-01', to: '2025-01-01' });
  });

  test('ytd: 1 April of the financial year to at', () => {
    assert.deepEqual(periodFor('ytd', '2025-02-10'), { from: '2024-04-01', to: '2025-02-10' });
    assert.deepEqual(periodFor('ytd', '2025-04-01'), { from: '2025-04-01', to: '2025-04-01' });
  });

  test('fy: the whole financial year, even past at', () => {
    assert.deepEqual(periodFor('fy', '2025-02-10'), { from: '2024-04-01', to: '2025-03-31' });
    assert.deepEqual(periodFor('fy', '2025-03-31'), { from: '2024-04-01', to: '2025-03-31' });
  });

  test('r12: the 12 months ending at at', () => {
    assert.deepEqual(periodFor('r12', '2025-03-31'), { from: '2024-04-01', to: '2025-03-31' });
    assert.deepEqual(periodFor('r12', '2025-01-15'), { from: '2024-01-16', to: '2025-01-15' });
    // 29 Feb: a year back clamps to 28 Feb 2023, so the window starts 1 March 2023.
    assert.deepEqual(periodFor('r12', '2024-02-29'), { from: '2023-03-01', to: '2024-02-29' });
    assert.deepEqual(periodFor('r12', '2025-02-28'), { from: '2024-02-29', to: '2025-02-28' });
  });

  test('rejects a bad date', () => {
    assert.throws(() => periodFor('month', '2024-02-30'), /Invalid ISO date/);
  });
});

describe('parsePeriod', () => {
  test('accepts the kind words, case-insensitively and trimmed', () => {
    assert.deepEqual(parsePeriod('ytd', '2025-02-10'), { from: '2024-04-01', to: '2025-02-10' });
    assert.deepEqual(parsePeriod(' R12 ', '2025-03-31'), { from: '2024-04-01', to: '2025-03-31' });
  });

  test('accepts an explicit inclusive range, including a single day', () => {
    assert.deepEqual(parsePeriod('2024-04-01..2025-03-31', '2025-06-01'), { from: '2024-04-01', to: '2025-03-31' });
    assert.deepEqual(parsePeriod('2024-04-01 .. 2024-04-01', '2025-06-01'), { from: '2024-04-01', to: '2024-04-01' });
  });

  test('clear errors', () => {
    assert.throws(() => parsePeriod('year', '2025-01-01'), /Unknown period "year": use month, quarter, ytd, fy, r12/);
    assert.throws(
      () => parsePeriod('2025-03-31..2024-04-01', '2025-01-01'),
      /start 2025-03-31 is after end 2024-04-01/,
    );
    assert.throws(() => parsePeriod('2024-02-30..2024-03-31', '2025-01-01'), /Invalid period start "2024-02-30"/);
    assert.throws(() => parsePeriod('2024-01-01..2024-13-01', '2025-01-01'), /Invalid period end "2024-13-01"/);
    assert.throws(() => parsePeriod('2024-01-01..', '2025-01-01'), /Invalid period end ""/);
    assert.throws(() => parsePeriod('a..b..c', '2025-01-01'), /Unknown period/);
    assert.throws(() => parsePeriod('month', 'today'), /Invalid ISO date/);
  });
});

describe('month ends and comparisons', () => {
  test('monthEnds: oldest first, including at when it is a month end', () => {
    assert.deepEqual(monthEnds('2025-03-31', 3), ['2025-01-31', '2025-02-28', '2025-03-31']);
    assert.deepEqual(monthEnds('2025-03-30', 3), ['2024-12-31', '2025-01-31', '2025-02-28']);
    assert.deepEqual(monthEnds('2024-03-15', 2), ['2024-01-31', '2024-02-29']);
    assert.deepEqual(monthEnds('2025-01-01', 13)[0], '2023-12-31');
    assert.deepEqual(monthEnds('2025-01-01', 0), []);
    assert.throws(() => monthEnds('2025-01-01', -1), /whole number/);
  });

  test('monthEndOf and isMonthEnd', () => {
    assert.equal(monthEndOf('2024-02-10'), '2024-02-29');
    assert.equal(monthEndOf('2023-02-10'), '2023-02-28');
    assert.equal(isMonthEnd('2024-02-29'), true);
    assert.equal(isMonthEnd('2023-02-28'), true);
    assert.equal(isMonthEnd('2024-02-28'), false);
  });

  test('samePeriodLastYear keeps month ends as month ends', () => {
    assert.deepEqual(samePeriodLastYear({ from: '2024-04-01', to: '2025-02-28' }), {
      from: '2023-04-01',
      to: '2024-02-29',
    });
    assert.deepEqual(samePeriodLastYear({ from: '2024-03-01', to: '2024-03-15' }), {
      from: '2023-03-01',
      to: '2023-03-15',
    });
  });

  test('periodContains is inclusive at both ends', () => {
    const fy = periodFor('fy', '2024-06-01');
    assert.equal(periodContains(fy, '2024-04-01'), true);
    assert.equal(periodContains(fy, '2025-03-31'), true);
    assert.equal(periodContains(fy, '2025-04-01'), false);
    assert.equal(periodContains(fy, '2024-03-31'), false);
  });
});
