import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  withinWorkingDays,
  workingDaysBetween,
} from './working-days.ts';
import { isBankHoliday } from './bank-holidays.ts';
import { addDays, isWeekend } from './dates.ts';

// Reference implementation: walk day by day. Slow, obviously right, used to cross-check the index.
function naiveIsWorkingDay(iso: string): boolean {
  return !isWeekend(iso) && !isBankHoliday(iso);
}
function naiveAddWorkingDays(iso: string, n: number): string {
  let day = iso;
  let left = Math.abs(n);
  while (left > 0) {
    day = addDays(day, Math.sign(n));
    if (naiveIsWorkingDay(day)) left -= 1;
  }
  return day;
}
function naiveWorkingDaysBetween(start: string, end: string): number {
  if (end < start) return 0 - naiveWorkingDaysBetween(end, start);
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) if (naiveIsWorkingDay(day)) count += 1;
  return count;
}
/** Small seeded generator (mulberry32) so any failure reproduces. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('isWorkingDay', () => {
  test('weekdays are working days, weekends and bank holidays are not', () => {
    assert.equal(isWorkingDay('2025-01-06'), true); // Monday
    assert.equal(isWorkingDay('2025-01-10'), true); // Friday
    assert.equal(isWorkingDay('2025-01-11'), false); // Saturday
    assert.equal(isWorkingDay('2025-01-12'), false); // Sunday
    assert.equal(isWorkingDay('2025-04-18'), false); // Good Friday
    assert.equal(isWorkingDay('2025-04-21'), false); // Easter Monday
    assert.equal(isWorkingDay('2025-12-25'), false);
    assert.equal(isWorkingDay('2020-12-28'), false); // Boxing Day substitute
    assert.equal(isWorkingDay('2024-02-29'), true); // leap day, a Thursday
  });
});

describe('addWorkingDays and workingDaysBetween: indicator bucket edges (start Mon 6 Jan 2025, no holidays until Easter)', () => {
  const start = '2025-01-06';
  const edges: Array<[number, string]> = [
    [1, '2025-01-07'], // referral decision within 1 WD
    [10, '2025-01-20'], // CP visits every 10 WD; C4 0-10 bucket
    [15, '2025-01-27'], // ICPC within 15 WD
    [20, '2025-02-03'], // first LAC review within 20 WD
    [45, '2025-03-10'], // single assessment within 45 WD
  ];
  for (const [n, deadline] of edges) {
    test(`${n} WD: deadline ${deadline} is in, the next working day is out`, () => {
      assert.equal(addWorkingDays(start, n), deadline);
      assert.equal(workingDaysBetween(start, deadline), n);
      const dayAfter = addWorkingDays(deadline, 1);
      assert.equal(workingDaysBetween(start, dayAfter), n + 1);
      assert.equal(addWorkingDays(deadline, -n), start);
    });
  }

  test('same day is 0 WD (C2 "Same_day"); the next day is 1', () => {
    assert.equal(workingDaysBetween(start, start), 0);
    assert.equal(addWorkingDays(start, 0), start);
    assert.equal(workingDaysBetween(start, '2025-01-07'), 1);
  });

  test('an end date at the weekend after the 14th working day is still 14 WD', () => {
    assert.equal(workingDaysBetween(start, '2025-01-24'), 14); // Friday
    assert.equal(workingDaysBetween(start, '2025-01-25'), 14); // Saturday
    assert.equal(workingDaysBetween(start, '2025-01-26'), 14); // Sunday
    assert.equal(workingDaysBetween(start, '2025-01-27'), 15); // Monday
    assert.equal(workingDaysBetween(start, '2025-01-28'), 16);
  });
});

describe('spans containing bank holidays', () => {
  test('Easter 2025: Thu 17 Apr + 1 WD = Tue 22 Apr', () => {
    assert.equal(addWorkingDays('2025-04-17', 1), '2025-04-22');
    assert.equal(workingDaysBetween('2025-04-17', '2025-04-22'), 1);
    assert.equal(workingDaysBetween('2025-04-17', '2025-04-21'), 0);
  });

  test('Easter 2025: Fri 11 Apr + 10 WD = Tue 29 Apr', () => {
    assert.equal(addWorkingDays('2025-04-11', 10), '2025-04-29');
    assert.equal(workingDaysBetween('2025-04-11', '2025-04-28'), 9);
  });

  test('Easter 2024 across the end of March: Thu 28 Mar + 1 WD = Tue 2 Apr', () => {
    assert.equal(addWorkingDays('2024-03-28', 1), '2024-04-02');
  });

  test("Christmas 2025: Wed 24 Dec + 1 = Mon 29 Dec; + 4 = Fri 2 Jan 2026 (New Year's Day skipped)", () => {
    assert.equal(addWorkingDays('2025-12-24', 1), '2025-12-29');
    assert.equal(addWorkingDays('2025-12-24', 3), '2025-12-31');
    assert.equal(addWorkingDays('2025-12-24', 4), '2026-01-02');
    assert.equal(workingDaysBetween('2025-12-24', '2026-01-02'), 4);
  });

  test('Christmas 2020 with Boxing Day on Saturday: Thu 24 Dec + 1 = Tue 29 Dec', () => {
    assert.equal(addWorkingDays('2020-12-24', 1), '2020-12-29');
  });

  test('2022 one-off days: Jubilee (2-3 June) and State Funeral (19 Sep)', () => {
    assert.equal(addWorkingDays('2022-06-01', 1), '2022-06-06');
    assert.equal(addWorkingDays('2022-09-16', 1), '2022-09-20');
  });

  test('a 45 WD assessment across Easter and both May bank holidays 2025', () => {
    // Mon 24 Mar 2025: 45 weekdays would be Mon 26 May; skipping Good Friday, Easter Monday,
    // 5 May and 26 May pushes it four working days later, to Fri 30 May.
    assert.equal(addWorkingDays('2025-03-24', 45), '2025-05-30');
    assert.equal(workingDaysBetween('2025-03-24', '2025-05-29'), 44);
  });
});

describe('non-working start dates count as day 0', () => {
  test('start on a Saturday', () => {
    assert.equal(addWorkingDays('2025-01-04', 0), '2025-01-04');
    assert.equal(addWorkingDays('2025-01-04', 1), '2025-01-06');
    assert.equal(addWorkingDays('2025-01-04', 10), '2025-01-17');
    assert.equal(addWorkingDays('2025-01-04', -1), '2025-01-03');
    assert.equal(workingDaysBetween('2025-01-04', '2025-01-05'), 0);
    assert.equal(workingDaysBetween('2025-01-04', '2025-01-06'), 1);
  });

  test('start on a bank holiday (Early May, Mon 5 May 2025; Good Friday 2025)', () => {
    assert.equal(addWorkingDays('2025-05-05', 1), '2025-05-06');
    assert.equal(workingDaysBetween('2025-05-05', '2025-05-06'), 1);
    assert.equal(addWorkingDays('2025-04-18', 1), '2025-04-22');
    assert.equal(addWorkingDays('2025-04-18', -1), '2025-04-17');
  });

  test('nextWorkingDayOnOrAfter', () => {
    assert.equal(nextWorkingDayOnOrAfter('2025-01-06'), '2025-01-06');
    assert.equal(nextWorkingDayOnOrAfter('2025-04-18'), '2025-04-22');
  });
});

describe('negative spans', () => {
  test('addWorkingDays with negative n counts back over holidays', () => {
    assert.equal(addWorkingDays('2025-04-22', -1), '2025-04-17');
    assert.equal(addWorkingDays('2025-03-10', -45), '2025-01-06');
    assert.equal(addWorkingDays('2026-01-02', -4), '2025-12-24');
  });

  test('workingDaysBetween mirrors when end < start', () => {
    assert.equal(workingDaysBetween('2025-04-22', '2025-04-17'), -1);
    assert.equal(workingDaysBetween('2025-01-20', '2025-01-06'), -10);
    assert.equal(workingDaysBetween('2025-01-06', '2025-01-05'), -1); // -(WD after Sun 5 up to Mon 6)
    assert.equal(workingDaysBetween('2025-01-05', '2025-01-04'), 0); // weekend to weekend
  });
});

describe('leap years', () => {
  test('29 Feb is counted in leap years and absent otherwise', () => {
    assert.equal(addWorkingDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addWorkingDays('2024-02-28', 2), '2024-03-01');
    assert.equal(workingDaysBetween('2024-02-28', '2024-03-01'), 2);
    assert.equal(addWorkingDays('2023-02-28', 1), '2023-03-01');
    assert.equal(workingDaysBetween('2023-02-28', '2023-03-01'), 1);
  });
});

describe('the "within N WD" convention and the CIN validator', () => {
  test('workingDaysBetween <= N iff end < addWorkingDays(start, N + 1); iff end <= addWorkingDays(start, N) for working-day ends', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 3000; i++) {
      const start = addDays('2016-01-01', Math.floor(random() * 3650));
      const end = addDays(start, Math.floor(random() * 100) - 10);
      const n = Math.floor(random() * 50);
      const within = workingDaysBetween(start, end) <= n;
      assert.equal(within, end < addWorkingDays(start, n + 1), `${start} ${end} ${n}`);
      if (isWorkingDay(end)) assert.equal(within, end <= addWorkingDays(start, n), `${start} ${end} ${n}`);
    }
  });

  test('withinWorkingDays: the deadline counts to its last working day; a non-working day after it is late', () => {
    // S47 started Tue 3 Dec 2024: its 15th working day is Tue 24 Dec; Christmas Day and Boxing Day are
    // bank holidays, so an ICPC on 25 December has used no working day more, yet is after the deadline.
    assert.equal(addWorkingDays('2024-12-03', 15), '2024-12-24');
    assert.equal(workingDaysBetween('2024-12-03', '2024-12-25'), 15);
    assert.equal(withinWorkingDays('2024-12-03', '2024-12-24', 15), true);
    assert.equal(withinWorkingDays('2024-12-03', '2024-12-25', 15), false);
    assert.equal(withinWorkingDays('2024-12-03', '2024-12-28', 15), false); // the Saturday after
    // A deadline on a Friday: the Saturday after is late, the Friday itself on time.
    assert.equal(withinWorkingDays('2025-01-06', '2025-01-10', 4), true);
    assert.equal(withinWorkingDays('2025-01-06', '2025-01-11', 4), false);
    // Non-working days before the deadline are on time.
    assert.equal(withinWorkingDays('2025-01-06', '2025-01-11', 5), true);
  });

  test('withinWorkingDays agrees with workingDaysBetween <= N on working days, and is stricter on the rest', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 3000; i++) {
      const start = addDays('2016-01-01', Math.floor(random() * 3650));
      const end = addDays(start, Math.floor(random() * 100) - 10);
      const n = 1 + Math.floor(random() * 50);
      const within = withinWorkingDays(start, end, n);
      if (isWorkingDay(end)) assert.equal(within, workingDaysBetween(start, end) <= n, `${start} ${end} ${n}`);
      else assert.equal(within, workingDaysBetween(start, end) < n, `${start} ${end} ${n}`);
    }
  });

  test('8675Q fixture: ReferenceDate 31 Mar 2022 - CustomBusinessDay(14) = Fri 11 Mar = addWorkingDays(ref, -14)', () => {
    const boundary = addWorkingDays('2022-03-31', -(15 - 1));
    assert.equal(boundary, '2022-03-11');
    assert.ok('2022-03-29' > boundary); // the validator's failing row
    assert.ok(!('2022-01-25' > boundary)); // its passing row
  });
});

describe('agreement with a day-by-day count', () => {
  test('random starts 2008-2040 and n in -60..60 (crossing the index edges too)', () => {
    const random = seededRandom(2025);
    const starts = ['1999-12-31', '2000-01-01', '2000-01-03', '2045-12-29', '2045-12-31', '2046-01-01'];
    for (let i = 0; i < 1500; i++) starts.push(addDays('2008-01-01', Math.floor(random() * 12000)));
    for (const start of starts) {
      const n = Math.floor(random() * 121) - 60;
      const expected = naiveAddWorkingDays(start, n);
      assert.equal(addWorkingDays(start, n), expected, `addWorkingDays(${start}, ${n})`);
      const end = addDays(start, Math.floor(random() * 200) - 100);
      assert.equal(workingDaysBetween(start, end), naiveWorkingDaysBetween(start, end), `between ${start} ${end}`);
      assert.equal(isWorkingDay(start), naiveIsWorkingDay(start), start);
      if (n >= 0 || isWorkingDay(start)) assert.equal(workingDaysBetween(start, expected), n);
    }
  });

  test('outside the precomputed index only weekends are skipped', () => {
    assert.equal(addWorkingDays('1999-12-31', 1), '2000-01-03');
    assert.equal(addWorkingDays('2000-01-03', -1), '1999-12-31');
    assert.equal(addWorkingDays('1990-01-05', 1), '1990-01-08');
    assert.equal(workingDaysBetween('1999-12-24', '2000-01-07'), 10);
  });
});

describe('input validation', () => {
  test('malformed or impossible dates throw a clear Error', () => {
    for (const bad of ['2024-02-30', '2024-13-01', '2023-02-29', '2024-1-01', '01/02/2024', '', '2024-01-01T00:00']) {
      assert.throws(() => isWorkingDay(bad), /Invalid ISO date/);
      assert.throws(() => addWorkingDays(bad, 1), /addWorkingDays: Invalid ISO date/);
      assert.throws(() => workingDaysBetween('2024-01-01', bad), /workingDaysBetween: Invalid ISO date/);
    }
  });

  test('a non-integer n throws', () => {
    assert.throws(() => addWorkingDays('2024-01-01', 1.5), /integer/);
    assert.throws(() => addWorkingDays('2024-01-01', Number.NaN), /integer/);
  });
});
