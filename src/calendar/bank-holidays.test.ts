import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FIRST_HOLIDAY_YEAR,
  bankHolidaySet,
  bankHolidaysInYear,
  isBankHoliday,
  lastHolidayYear,
} from './bank-holidays.ts';
import { BANK_HOLIDAY_TABLE, TABLE_FIRST_YEAR, TABLE_LAST_YEAR } from './bank-holiday-table.ts';
import { bankHolidaysFromPackage } from './bank-holidays-package.ts';

// The GOV.UK England and Wales list (www.gov.uk/bank-holidays), written out by hand so that a
// change in the date-holidays package cannot silently move a deadline.
const GOV_UK_ENGLAND_AND_WALES: Record<number, string[]> = {
  2016: [
    '2016-01-01',
    '2016-03-25',
    '2016-03-28',
    '2016-05-02',
    '2016-05-30',
    '2016-08-29',
    '2016-12-26',
    '2016-12-27',
  ],
  2017: [
    '2017-01-02',
    '2017-04-14',
    '2017-04-17',
    '2017-05-01',
    '2017-05-29',
    '2017-08-28',
    '2017-12-25',
    '2017-12-26',
  ],
  2018: [
    '2018-01-01',
    '2018-03-30',
    '2018-04-02',
    '2018-05-07',
    '2018-05-28',
    '2018-08-27',
    '2018-12-25',
    '2018-12-26',
  ],
  2019: [
    '2019-01-01',
    '2019-04-19',
    '2019-04-22',
    '2019-05-06',
    '2019-05-27',
    '2019-08-26',
    '2019-12-25',
    '2019-12-26',
  ],
  // Early May bank holiday moved to Friday 8 May for VE Day 75; Boxing Day (Sat) substituted Mon 28 Dec.
  2020: [
    '2020-01-01',
    '2020-04-10',
    '2020-04-13',
    '2020-05-08',
    '2020-05-25',
    '2020-08-31',
    '2020-12-25',
    '2020-12-28',
  ],
  // Christmas Day and Boxing Day on Sat/Sun: substitutes Mon 27 and Tue 28 Dec.
  2021: [
    '2021-01-01',
    '2021-04-02',
    '2021-04-05',
    '2021-05-03',
    '2021-05-31',
    '2021-08-30',
    '2021-12-27',
    '2021-12-28',
  ],
  // Spring bank holiday moved to Thu 2 June, Platinum Jubilee Fri 3 June, State Funeral Mon 19 September.
  2022: [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
  ],
  // Coronation of King Charles III: Monday 8 May.
  2023: [
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ],
  2024: [
    '2024-01-01',
    '2024-03-29',
    '2024-04-01',
    '2024-05-06',
    '2024-05-27',
    '2024-08-26',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  // Boxing Day on Saturday: substitute Monday 28 December.
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
};

describe('bank holidays (England and Wales)', () => {
  for (const [year, expected] of Object.entries(GOV_UK_ENGLAND_AND_WALES)) {
    test(`${year} matches the GOV.UK list`, () => {
      assert.deepEqual(bankHolidaysInYear(Number(year)), expected);
    });
  }

  test('the cached set holds exactly the GOV.UK dates for 2016-2026', () => {
    const inRange = [...bankHolidaySet()].filter((iso) => iso >= '2016-01-01' && iso <= '2026-12-31').sort();
    assert.deepEqual(inRange, Object.values(GOV_UK_ENGLAND_AND_WALES).flat());
  });

  test('weekend days replaced by a substitute day are not holidays', () => {
    assert.equal(isBankHoliday('2021-12-25'), false); // Saturday
    assert.equal(isBankHoliday('2021-12-26'), false); // Sunday
    assert.equal(isBankHoliday('2022-01-01'), false); // Saturday
    assert.equal(isBankHoliday('2021-12-27'), true);
    for (const iso of bankHolidaySet()) {
      const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
      assert.ok(weekday !== 0 && weekday !== 6, `${iso} is a weekend day`);
    }
  });

  test('one-off holidays before 2016: 2011 royal wedding, 2012 Diamond Jubilee', () => {
    assert.equal(isBankHoliday('2011-04-29'), true);
    assert.equal(isBankHoliday('2012-06-04'), true);
    assert.equal(isBankHoliday('2012-06-05'), true);
    assert.equal(isBankHoliday('2012-05-28'), false); // spring bank holiday moved that year
  });

  test('covers 2010 through the current year + 10, with 8 or more a year', () => {
    assert.equal(FIRST_HOLIDAY_YEAR, 2010);
    assert.equal(isBankHoliday('2010-01-01'), true);
    assert.equal(isBankHoliday('2009-12-25'), false); // before coverage
    const last = lastHolidayYear();
    assert.equal(last, new Date().getUTCFullYear() + 10);
    assert.equal(isBankHoliday(`${last}-12-25`) || isBankHoliday(`${last}-12-27`), true);
    for (let year = FIRST_HOLIDAY_YEAR; year <= last; year++) {
      const count = [...bankHolidaySet()].filter((iso) => iso.startsWith(`${year}-`)).length;
      assert.ok(count >= 8 && count <= 10, `${year} has ${count} bank holidays`);
    }
  });

  test('returns the same set object on every call (built once)', () => {
    assert.equal(bankHolidaySet(), bankHolidaySet());
  });

  test('the generated table equals the date-holidays package for every year it holds (regenerate after an upgrade)', () => {
    assert.ok(TABLE_FIRST_YEAR <= FIRST_HOLIDAY_YEAR && TABLE_LAST_YEAR >= 2030);
    for (let year = TABLE_FIRST_YEAR; year <= TABLE_LAST_YEAR; year++) {
      const fromTable = (BANK_HOLIDAY_TABLE[year] ?? []).map((monthDay) => `${year}-${monthDay}`);
      assert.deepEqual(fromTable, bankHolidaysFromPackage(year), `${year}: run scripts/generate-bank-holidays.ts`);
    }
  });

  test('years past the table come from the package', () => {
    const past = TABLE_LAST_YEAR + 1;
    assert.deepEqual(bankHolidaysInYear(past), bankHolidaysFromPackage(past));
    assert.ok(bankHolidaysInYear(past).includes(`${past}-12-25`) || bankHolidaysInYear(past).includes(`${past}-12-27`));
  });
});
