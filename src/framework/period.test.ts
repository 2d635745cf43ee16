import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReportingPeriod, reportingPeriodOf } from './period.ts';

describe('parseReportingPeriod', () => {
  it('reads years, quarters and months', () => {
    assert.deepEqual(parseReportingPeriod('2024-25'), {
      label: '2024-25',
      kind: 'year',
      from: '2024-04-01',
      to: '2025-03-31',
    });
    assert.deepEqual(parseReportingPeriod('2024-25Q2'), {
      label: '2024-25Q2',
      kind: 'quarter',
      from: '2024-07-01',
      to: '2024-09-30',
    });
    assert.deepEqual(parseReportingPeriod('2023-24Q4'), {
      label: '2023-24Q4',
      kind: 'quarter',
      from: '2024-01-01',
      to: '2024-03-31',
    });
    assert.deepEqual(parseReportingPeriod('2024-02'), {
      label: '2024-02',
      kind: 'month',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    assert.equal(parseReportingPeriod('1999-00').to, '2000-03-31');
  });
  it('refuses a fifth quarter, a mislabelled year and a thirteenth month', () => {
    assert.throws(() => parseReportingPeriod('2024-25Q5'), /Q1 to Q4/);
    assert.throws(() => parseReportingPeriod('2024-26'), /expected 2024-25/);
    assert.throws(() => parseReportingPeriod('2024-13'), /expected 2024-25/);
    assert.throws(() => parseReportingPeriod('2024-00'), /not a period/);
  });
  it('names the period containing a date', () => {
    assert.equal(reportingPeriodOf('quarter', '2017-12-31'), '2017-18Q3');
    assert.equal(reportingPeriodOf('year', '2018-03-31'), '2017-18');
    assert.equal(reportingPeriodOf('month', '2018-03-31'), '2018-03');
  });
});
