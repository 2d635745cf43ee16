/** The committee report's own sections from indicator results: hand-made results, hand-checked tables. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BreakdownEntry, IndicatorResult } from '../indicators/result.ts';
import { committeeExtraSections } from './committee-extras.ts';

function result(id: string, value: number | null, breakdown: [string, number][]): IndicatorResult {
  const entries: BreakdownEntry[] = breakdown.map(([label, numerator]) => ({
    category: label.toLowerCase(),
    label,
    numerator,
    denominator: null,
    value: numerator,
    share: null,
  }));
  return { id, value, breakdown: entries } as IndicatorResult;
}

const AT = '2025-03-31';
const point = (
  id: string,
  at: string,
  value: number,
  numerator: number | null = null,
  denominator: number | null = null,
) => ({
  id,
  at,
  value,
  numerator,
  denominator,
});

test('audits by grade with a total row and shares; budget lines with outturn, variance and totals', () => {
  const sections = committeeExtraSections({
    at: AT,
    periodWords: 'the quarter',
    workforce: [],
    audits: result('audits-by-grade', 62.5, [
      ['Outstanding', 1],
      ['Good', 4],
      ['Requires improvement', 3],
      ['Inadequate', 0],
    ]),
    outturn: result('budget-outturn', 1_150, [
      ['Fostering', 700],
      ['Staffing', 450],
    ]),
    budget: result('budget-outturn', 1_100, [
      ['Fostering', 600],
      ['Staffing', 500],
    ]),
  });
  assert.deepEqual(
    sections.map((s) => s.title),
    ['Quality assurance: case file audits', 'Budget'],
    'no workforce figures: no workforce section',
  );
  assert.deepEqual(sections[0]!.table!.rows, [
    { label: 'Outstanding', values: [1, 12.5] },
    { label: 'Good', values: [4, 50] },
    { label: 'Requires improvement', values: [3, 37.5] },
    { label: 'Inadequate', values: [0, 0] },
    { label: 'Total', values: [8, 100] },
  ]);
  assert.match(sections[0]!.paragraphs![1]!, /62\.5% were graded good or outstanding/);
  assert.deepEqual(sections[1]!.table!.rows, [
    { label: 'Fostering', values: [600, 700, 100] },
    { label: 'Staffing', values: [500, 450, -50] },
    { label: 'Total', values: [1_100, 1_150, 50] },
  ]);
  assert.match(sections[1]!.paragraphs![0]!, /overspend by £50 for the year/);
});

test('workforce at the period end, the previous quarter end and a year earlier; no audits, no section', () => {
  const sections = committeeExtraSections({
    at: AT,
    periodWords: 'the quarter',
    workforce: [
      point('caseload-sw', AT, 16, 160, 10),
      point('sw-vacancies', AT, 2.5),
      point('agency-rate', AT, 12),
      point('caseload-sw', '2024-12-31', 15, 150, 10),
      point('caseload-sw', '2024-03-31', 18, 162, 9),
      point('caseload-sw', '2025-01-31', 99, 99, 1), // not a date the table shows
    ],
    audits: result('audits-by-grade', null, [['Good', 0]]),
    outturn: undefined,
    budget: undefined,
  });
  assert.deepEqual(
    sections.map((s) => s.title),
    ['Workforce: recruitment and retention'],
  );
  assert.deepEqual(sections[0]!.table!.rows, [
    { label: '31 March 2025', values: [16, 160, 10, 2.5, 12] },
    { label: '31 December 2024', values: [15, 150, 10, null, null] },
    { label: '31 March 2024', values: [18, 162, 9, null, null] },
  ]);
  assert.match(sections[0]!.paragraphs![0]!, /held 16 cases per full-time equivalent \(FTE\) post; 2\.5 FTE/);
});
