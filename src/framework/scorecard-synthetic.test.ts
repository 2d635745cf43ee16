/**
 * The default framework on a synthetic council like the demo's: every measure gets a row, the computed
 * ones have values, and a team scorecard builds too. A smoke test of the whole path; the arithmetic is
 * hand-counted in scorecard.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { synthesizeCouncil } from '../synth/index.ts';
import { testBackends } from '../store/testing.ts';
import { buildScorecard } from './scorecard.ts';
import { importDefaultFramework } from './versions.ts';

const AT = '2025-03-31';

describe('the default framework on a synthetic council', () => {
  for (const backend of testBackends()) {
    test(`builds a full council and team scorecard [${backend.name}]`, async () => {
      const db = await backend.open();
      try {
        await synthesizeCouncil(db, { population: 2000, years: 3, seed: 'framework', to: AT });
        const [{ la_code } = { la_code: '' }] = await db.query<{ la_code: string }>('SELECT la_code FROM council');
        await importDefaultFramework(db, la_code, 'test');
        const card = await buildScorecard(db, { at: AT, period: '2024-25Q4' });
        assert.equal(card.period, '2024-25Q4');
        assert.equal(card.framework.version, 1);
        const rows = card.sections.flatMap((s) => s.rows);
        assert.equal(rows.length, 40);
        // The catalogue's computed measures the synthetic council records: most have a current value.
        const withValue = rows.filter((r) => r.current !== null);
        assert.ok(withValue.length >= 30, `${withValue.length} rows with a value`);
        for (const r of withValue) {
          assert.ok(r.trend.length >= 2 && r.trend.length <= 24, `${r.indicatorId}: ${r.trend.length} points`);
          assert.notEqual(r.status, 'missing');
          if (r.target !== null && r.bands !== null && r.polarity !== 'N') assert.ok(r.rag, `${r.indicatorId} has RAG`);
        }
        assert.ok(rows.some((r) => r.benchmarks?.england !== null && r.benchmarks?.england !== undefined));

        const [team] = await db.query<{ id: string; name: string }>(
          "SELECT id, name FROM team WHERE kind = 'fieldwork' ORDER BY id LIMIT 1",
        );
        const teamCard = await buildScorecard(db, { at: AT, level: `team:${team!.id}` });
        assert.deepEqual(teamCard.level, { kind: 'team', id: team!.id, name: team!.name });
        const homes = teamCard.sections.flatMap((s) => s.rows).find((r) => r.indicatorId === 'homes-good-outstanding');
        assert.equal(homes?.status, 'missing'); // measured at council level only
      } finally {
        await db.close();
      }
    });
  }
});
