import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays } from '../calendar/working-days.ts';
import { dayNumber, fromDayNumber } from '../calendar/dates.ts';
import { addWd, birthday } from './dates.ts';

test('addWd agrees with calendar addWorkingDays across bank holidays and weekends', () => {
  for (const start of ['2019-12-20', '2020-04-09', '2022-06-01', '2024-12-24', '2025-03-28', '2008-05-02']) {
    for (const n of [-20, -3, -1, 1, 2, 5, 15, 45]) {
      assert.equal(fromDayNumber(addWd(dayNumber(start), n)), addWorkingDays(start, n), `${start} ${n}`);
    }
  }
});

test('birthdays: 29 February falls on 1 March in common years', () => {
  assert.equal(fromDayNumber(birthday(dayNumber('2008-02-29'), 18)), '2026-03-01');
  assert.equal(fromDayNumber(birthday(dayNumber('2008-02-29'), 16)), '2024-02-29');
  assert.equal(fromDayNumber(birthday(dayNumber('2007-06-15'), 18)), '2025-06-15');
});
