import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReportPeriod } from './period.ts';

test('a financial year, a quarter and a month, with their dates', () => {
  assert.deepEqual(parseReportPeriod('2024-25'), {
    kind: 'year',
    text: '2024-25',
    short: '2024-25',
    label: '2024-25, April 2024 to March 2025',
    from: '2024-04-01',
    to: '2025-03-31',
  });
  const q2 = parseReportPeriod('2024-25Q2');
  assert.deepEqual([q2.from, q2.to, q2.short], ['2024-07-01', '2024-09-30', 'Q2 2024-25']);
  // Q4 is January to March of the next calendar year; February 2024 was a leap month, 2025 not.
  const q4 = parseReportPeriod('2023-24q4');
  assert.deepEqual([q4.text, q4.from, q4.to], ['2023-24Q4', '2024-01-01', '2024-03-31']);
  const month = parseReportPeriod('2024-02');
  assert.deepEqual(
    [month.kind, month.from, month.to, month.label],
    ['month', '2024-02-01', '2024-02-29', 'February 2024'],
  );
});

test('refused: a fifth quarter, years that do not follow, a thirteenth month, words', () => {
  assert.throws(() => parseReportPeriod('2024-25Q5'), /a financial year has quarters Q1 to Q4/);
  assert.throws(() => parseReportPeriod('2024-25Q0'), /Q1 to Q4/);
  for (const bad of ['2024-26', '2024-13', '2024-00', 'last year', '2024-25Q', ''])
    assert.throws(
      () => parseReportPeriod(bad),
      /expected a financial year \(2024-25\), a quarter \(2024-25Q2\) or a month \(2025-03\)/,
      bad,
    );
});
