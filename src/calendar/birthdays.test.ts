import { test } from 'node:test';
import assert from 'node:assert/strict';
import { birthdayInYear } from './birthdays.ts';

test('the 17th to 21st birthday in the collection year, and none outside those ages', () => {
  assert.deepEqual(birthdayInYear('2007-06-10', '2024-04-01', '2025-03-31'), { date: '2024-06-10', age: 17 });
  assert.deepEqual(birthdayInYear('2003-04-01', '2024-04-01', '2025-03-31'), { date: '2024-04-01', age: 21 });
  assert.equal(birthdayInYear('2008-06-10', '2024-04-01', '2025-03-31'), null, 'a 16th birthday');
  assert.equal(birthdayInYear('2002-06-10', '2024-04-01', '2025-03-31'), null, 'a 22nd birthday');
  assert.equal(birthdayInYear(undefined, '2024-04-01', '2025-03-31'), null);
});
