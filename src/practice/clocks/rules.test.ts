import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import {
  buildCarePeriodWithEpisodes,
  buildChild,
  buildCouncil,
  buildHealthCheck,
  TEST_LA,
} from '../../records/factories.ts';
import { computeClocks, type Clock } from './engine.ts';
import { parseClockRules } from './rules.ts';

function of(clocks: Clock[], childId: string, clockId: string): string[] {
  return clocks
    .filter((c) => c.childId === childId && c.clockId === clockId)
    .map((c) => `${c.started}>${c.due} ${c.status}${c.daysOver ? ` +${c.daysOver}` : ''}`);
}

for (const backend of testBackends()) {
  describe(`clock rules as data on ${backend.name}`, () => {
    test('a council adds a local timescale without code; a rule naming what the store lacks is refused', async () => {
      const local = parseClockRules({
        clocks: [
          {
            id: 'initial-health-assessment',
            title: 'Initial health assessment',
            citation: 'Promoting the health and well-being of looked-after children (2015): within 20 working days',
            local: true,
            kind: 'once',
            start: {
              table: 'care_period',
              date: 'start_date',
              where: [{ column: 'short_breaks_only', equals: false }],
            },
            met: {
              table: 'health_check',
              on: 'child',
              date: ['check_date'],
              where: [{ column: 'kind', equals: 'health_assessment' }],
            },
            open: { end: 'end_date' },
            due: [{ working_days: 20 }],
            dueSoon: { working_days: 5 },
          },
        ],
      });
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await buildChild(db, { id: 'H1' });
        await buildCarePeriodWithEpisodes(db, { child_id: 'H1', episodes: [{ start: '2024-12-20' }] });
        // A dental check does not meet it; the health assessment on the 21st working day is late by a day.
        await buildHealthCheck(db, { child_id: 'H1', kind: 'dental', check_date: '2025-01-10' });
        await buildHealthCheck(db, { child_id: 'H1', kind: 'health_assessment', check_date: '2025-01-23' });
        const clocks = await computeClocks(db, { laCode: TEST_LA, at: '2025-02-03', rules: local });
        assert.deepEqual(of(clocks, 'H1', 'initial-health-assessment'), ['2024-12-20>2025-01-22 met late +1']);

        const wrong = parseClockRules({
          clocks: [{ ...local[0]!, met: { table: 'health_check', on: 'child', date: ['seen_on'] } }],
        });
        await assert.rejects(
          computeClocks(db, { laCode: TEST_LA, at: '2025-02-03', rules: wrong }),
          /clock "initial-health-assessment": met\.date names health_check\.seen_on, which the store does not have/,
        );
      } finally {
        await db.close();
      }
      assert.throws(
        () => parseClockRules({ clocks: [{ ...local[0]!, due: [{ fortnights: 2 }] }] }, 'council.json'),
        /council\.json: clocks\[0\] \(initial-health-assessment\)\.due\.0/,
      );
      assert.throws(
        () =>
          parseClockRules({
            clocks: [{ ...local[0]!, start: { table: 'care_period; drop table child', date: 'start_date' } }],
          }),
        /start\.table: a lower-case table or column name/,
      );
    });
  });
}
