import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterQuery, readDateParts, readFilter, type FilterInput } from './dashboard-filter.ts';

const TODAY = '2026-06-30';
const DEFAULTS = { period: 'framework', date: TODAY, level: 'team:TA' } as const;
const LEVELS = [
  { value: 'council', text: 'The whole council' },
  { value: 'team:TA', text: 'Team: TA' },
];
const read = (input: FilterInput) => readFilter(input, DEFAULTS, LEVELS, TODAY);
const problems = (input: FilterInput) => {
  const outcome = read(input);
  return outcome.ok ? [] : outcome.problems.map((p) => `${p.field}: ${p.message}`);
};

test('no parameters: the user’s own scope, the framework’s periods, today', () => {
  assert.deepEqual(read({}), { ok: true, filter: DEFAULTS, chosen: false });
});

test('a chosen period, date and level are read; the date’s boxes may drop leading zeros', () => {
  assert.deepEqual(read({ period: 'quarter', day: '5', month: '03', year: '2026', level: 'council' }), {
    ok: true,
    filter: { period: 'quarter', date: '2026-03-05', level: 'council' },
    chosen: true,
  });
});

test('each bad value names its field with a GOV.UK message, and nothing else is read', () => {
  assert.deepEqual(problems({ period: 'decade' }), ['period: Choose a period from the list']);
  assert.deepEqual(problems({ level: 'team:TB' }), ['level: Choose a council, locality or team from the list']);
  assert.deepEqual(problems({ day: '31', month: '2', year: '2026' }), ['date-day: The date must be a real date']);
  assert.deepEqual(problems({ day: '1', year: '2026' }), ['date-month: The date must include a month']);
  assert.deepEqual(problems({ year: '2026' }), ['date-day: The date must include a day and month']);
  assert.deepEqual(problems({ day: '1', month: '1', year: '26' }), ['date-year: Year must include 4 numbers']);
  assert.deepEqual(problems({ day: 'x', month: '1', year: '2026' }), ['date-day: The date must be a real date']);
  assert.deepEqual(problems({ day: '1', month: '7', year: '2026' }), [
    'date-day: The date must be today or in the past (30 June 2026)',
  ]);
  assert.deepEqual(problems({ day: '31', month: '12', year: '1999' }), [
    'date-day: The date must be on or after 1 January 2000',
  ]);
  assert.equal(problems({ period: 'x', level: 'y', day: '1' }).length, 3);
});

test('a due date of three boxes reads as ISO, blank as blank', () => {
  assert.deepEqual(readDateParts({ day: '9', month: '10', year: '2026' }, 'The due date'), { iso: '2026-10-09' });
  assert.deepEqual(readDateParts({}, 'The due date'), { blank: true });
  assert.deepEqual(readDateParts({ day: '9' }, 'The due date'), {
    part: 'month',
    message: 'The due date must include a month and year',
  });
});

test('links carry only what differs from the user’s defaults', () => {
  assert.equal(filterQuery(DEFAULTS, DEFAULTS), '');
  assert.equal(
    filterQuery({ period: 'ytd', date: '2026-03-05', level: 'council' }, DEFAULTS),
    '?period=ytd&date-day=5&date-month=3&date-year=2026&level=council',
  );
});
