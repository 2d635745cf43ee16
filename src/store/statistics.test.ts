// Planner statistics: gathered on demand, by the server when a table lacks them, and after a synth load.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from './testing.ts';
import { gatherStatistics, keepStatisticsFresh, lacksStatistics } from './statistics.ts';
import { synthesizeCouncil } from '../synth/index.ts';
import type { Db } from './db.ts';

async function estimatedRows(db: Db, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT reltuples::int AS n FROM pg_class WHERE oid = $1::regclass', [
    table,
  ]);
  return row!.n;
}

for (const backend of testBackends()) {
  describe(`statistics on ${backend.name}`, () => {
    test('a table with rows lacks statistics until they are gathered; the server gathers them at start', async () => {
      const db = await backend.open();
      try {
        // autovacuum off, so the server's own autovacuum cannot gather them behind the test's back
        await db.exec(
          'CREATE TABLE sampled (id int) WITH (autovacuum_enabled = false); INSERT INTO sampled SELECT generate_series(1, 1000)',
        );
        assert.equal(await lacksStatistics(db), true);
        await gatherStatistics(db);
        assert.equal(await lacksStatistics(db), false);
        assert.equal(await estimatedRows(db, 'sampled'), 1000);

        await db.exec(
          'CREATE TABLE loaded_later (id int) WITH (autovacuum_enabled = false); INSERT INTO loaded_later SELECT generate_series(1, 500)',
        );
        const kept = keepStatisticsFresh(db, (error) => assert.fail(String(error)));
        await kept.started;
        kept.stop();
        assert.equal(await estimatedRows(db, 'loaded_later'), 500);
      } finally {
        await db.close();
      }
    });

    test('a synth load leaves the store with statistics', async () => {
      const db = await backend.open();
      try {
        await synthesizeCouncil(db, { population: 1000, years: 1, seed: 2, to: '2025-03-31' });
        assert.equal(await lacksStatistics(db), false);
        const [children] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM child');
        assert.equal(await estimatedRows(db, 'child'), children!.n);
      } finally {
        await db.close();
      }
    });
  });
}
