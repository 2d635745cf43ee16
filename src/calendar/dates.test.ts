import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  addYears,
  ageInYears,
  dayNumber,
  daysBetween,
  daysInMonth,
  findDateParts,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  monthsBetween,
  parseIsoDate,
  weekday,
} from './dates.ts';

describe('parsing and validation', () => {
  test('accepts real dates, including 29 Feb in leap years', () => {
    assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(parseIsoDate('2000-02-29'), { year: 2000, month: 2, day: 29 });
    assert.equal(isIsoDate('2025-12-31'), true);
  });

  test('rejects impossible and malformed dates', () => {
    for (const bad of [
      '2024-02-30',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2023-02-29',
      '1900-02-29',
      '2024-1-01',
      '2024-01-1',
      '20240101',
      '2024/01/01',
      '2024-01-01T00:00:00Z',
      ' 2024-01-01',
      '',
      'abcd-ef-gh',
    ]) {
      assert.equal(findDateParts(bad), undefined, bad);
      assert.throws(() => parseIsoDate(bad), /Invalid ISO date/, bad);
      assert.throws(() => dayNumber(bad), /Invalid ISO date/, bad);
    }
    assert.equal(isIsoDate(20240101), false);
  });

  test('leap years follow the Gregorian rule', () => {
    assert.deepEqual([1900, 2000, 2023, 2024, 2100].map(isLeapYear), [false, true, false, true, false]);
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2025, 2), 28);
    assert.equal(daysInMonth(2025, 4), 30);
  });
});

describe('day numbers', () => {
  test('1970-01-01 is day 0 and the round trip holds', () => {
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(dayNumber('1969-12-31'), -1);
    assert.equal(dayNumber('2000-03-01') - dayNumber('2000-02-28'), 2);
    assert.equal(fromDayNumber(dayNumber('2024-02-29')), '2024-02-29');
  });

  test('agrees with Date.UTC for every day 1900-2100', () => {
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const iso = fromDayNumber(day);
      if (iso !== expected || dayNumber(iso) !== day) assert.fail(`day ${day}: ${iso} vs ${expected}`);
    }
  });

  test('weekday: 0 Sunday .. 6 Saturday', () => {
    assert.equal(weekday('1970-01-01'), 4);
    assert.equal(weekday('2025-01-04'), 6);
    assert.equal(weekday('2025-01-05'), 0);
    assert.equal(weekday('1969-12-28'), 0);
  });
});

describe('adding days, months and years', () => {
  test('addDays crosses month, year and leap day', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-01-01', -1), '2024-12-31');
    assert.throws(() => addDays('2025-01-01', 0.5), /integer/);
  });

  test('addMonths clamps to the end of a shorter month', () => {
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(addMonths('2025-03-31', -1), '2025-02-28');
    assert.equal(addMonths('2025-05-31', 1), '2025-06-30');
    assert.equal(addMonths('2024-11-15', 3), '2025-02-15');
    assert.equal(addMonths('2025-01-15', -13), '2023-12-15');
    assert.equal(addMonths('2025-01-15', 0), '2025-01-15');
  });

  test('addYears: 29 Feb becomes 28 Feb in a non-leap year', () => {
    assert.equal(addYears('2024-02-29', 1), '2025-02-28');
    assert.equal(addYears('2024-02-29', 4), '2028-02-29');
    assert.equal(addYears('2025-03-01', -1), '2024-03-01');
  });
});

describe('differences', () => {
  test('daysBetween is signed', () => {
    assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
    assert.equal(daysBetween('2025-01-01', '2024-01-01'), -366);
    assert.equal(daysBetween('2025-01-01', '2025-01-01'), 0);
  });

  test('monthsBetween counts whole months, using the same clamping as addMonths', () => {
    assert.equal(monthsBetween('2025-01-15', '2025-02-14'), 0);
    assert.equal(monthsBetween('2025-01-15', '2025-02-15'), 1);
    assert.equal(monthsBetween('2025-01-31', '2025-02-28'), 1);
    assert.equal(monthsBetween('2024-04-01', '2025-03-31'), 11);
    assert.equal(monthsBetween('2024-04-01', '2025-04-01'), 12);
    assert.equal(monthsBetween('2025-02-15', '2025-01-15'), -1);
    // 18 months: the drift threshold for child protection plans (DOMAIN.md).
    assert.equal(monthsBetween('2023-08-31', '2025-02-28'), 18);
    assert.equal(monthsBetween('2023-08-31', '2025-02-27'), 17);
  });
});

describe('ageInYears', () => {
  test('the birthday itself counts', () => {
    assert.equal(ageInYears('2008-06-15', '2026-06-14'), 17);
    assert.equal(ageInYears('2008-06-15', '2026-06-15'), 18);
    assert.equal(ageInYears('2008-06-15', '2008-06-15'), 0);
  });

  test('a 29 February birthday counts on 1 March in non-leap years', () => {
    assert.equal(ageInYears('2008-02-29', '2026-02-28'), 17);
    assert.equal(ageInYears('2008-02-29', '2026-03-01'), 18);
    assert.equal(ageInYears('2008-02-29', '2028-02-29'), 20);
    assert.equal(ageInYears('2008-02-29', '2028-02-28'), 19);
  });

  test('rejects a date before birth', () => {
    assert.throws(() => ageInYears('2010-01-01', '2009-12-31'), /before date of birth/);
  });
});
