import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { buildCouncil, buildMeasureValue } from '../factories.ts';
import { saveMeasureValues } from './save-measure-values.ts';
import { readMeasuresCsv } from './read-measures-csv.ts';

const MANUAL = new Set(['service-resources', 'survey-satisfaction']);
const options = { enteredBy: 'analyst', isManualMeasure: (id: string) => MANUAL.has(id) };

for (const backend of testBackends()) {
  describe(`saving manual measure values on ${backend.name}`, () => {
    test('saves every row, replacing an earlier value for the same measure, period and level', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildMeasureValue(db, {
          indicator_id: 'service-resources',
          period_from: '2024-04-01',
          period_to: '2024-06-30',
          value: 1,
          numerator: null,
          denominator: null,
        });
        const result = await saveMeasureValues(
          db,
          '990',
          [
            {
              indicator_id: 'service-resources',
              period_from: '2024-04-01',
              period_to: '2024-06-30',
              value: '1250000.50',
              note: 'staffing',
            },
            {
              indicator_id: 'survey-satisfaction',
              period_from: '2024-04-01',
              period_to: '2024-06-30',
              value: '75',
              numerator: '30',
              denominator: '40',
              level_kind: 'team',
              level_id: 'T1',
            },
          ],
          options,
        );
        assert.deepEqual(result, { saved: 2, errors: [] });
        const rows = await db.query<{
          indicator_id: string;
          value: number;
          numerator: number | null;
          level_kind: string;
          entered_by: string;
          note: string | null;
        }>(
          'SELECT indicator_id, value, numerator, level_kind, entered_by, note FROM measure_value ORDER BY indicator_id',
        );
        assert.deepEqual(rows, [
          {
            indicator_id: 'service-resources',
            value: 1250000.5,
            numerator: null,
            level_kind: 'council',
            entered_by: 'analyst',
            note: 'staffing',
          },
          {
            indicator_id: 'survey-satisfaction',
            value: 75,
            numerator: 30,
            level_kind: 'team',
            entered_by: 'analyst',
            note: null,
          },
        ]);
      } finally {
        await db.close();
      }
    });

    test('reports every bad row and saves nothing when any row is wrong', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        const good = {
          indicator_id: 'service-resources',
          period_from: '2024-04-01',
          period_to: '2024-06-30',
          value: '10',
        };
        const result = await saveMeasureValues(
          db,
          '990',
          [
            good,
            { ...good, indicator_id: 'cla-at-date' }, // computed from records, not entered
            { ...good, period_to: '2024-03-31' }, // ends before it starts
            { ...good, period_from: '2024-02-30', value: 'lots' }, // impossible date, not a number
            { ...good, level_kind: 'team' }, // team without an id
            { ...good, numerator: '3' }, // numerator without denominator
            good, // the same measure, period and level twice
          ],
          options,
        );
        assert.equal(result.saved, 0);
        assert.deepEqual([...new Set(result.errors.map((e) => e.row))], [2, 3, 4, 5, 6, 7]);
        assert.match(result.errors.find((e) => e.row === 2)!.message, /not a manual measure/);
        assert.equal(result.errors.filter((e) => e.row === 4).length, 2);
        assert.match(result.errors.find((e) => e.row === 7)!.message, /repeats row 1/);
        assert.deepEqual(await db.query('SELECT * FROM measure_value'), []);
      } finally {
        await db.close();
      }
    });
  });
}

describe('reading a measures CSV', () => {
  test('maps headers loosely and keeps file line numbers', () => {
    const csv = readMeasuresCsv(
      '\uFEFFIndicator ID,Period From,period_to,Value,Note\nservice-resources,2024-04-01,2024-06-30,10,"a, b"\n\nsurvey-satisfaction,2024-04-01,2024-06-30,75,\n',
    );
    assert.deepEqual(csv.rows[0], {
      indicator_id: 'service-resources',
      period_from: '2024-04-01',
      period_to: '2024-06-30',
      value: '10',
      note: 'a, b',
    });
    assert.deepEqual(csv.lines, [2, 4]);
  });

  test('refuses unknown or missing columns', () => {
    assert.throws(
      () => readMeasuresCsv('indicator_id,period_from,period_to,value,colour\n'),
      /unknown column\(s\): colour/,
    );
    assert.throws(() => readMeasuresCsv('indicator_id,period_from,value\n'), /missing column\(s\): period_to/);
    assert.throws(() => readMeasuresCsv(''), /empty/);
  });
});
