/**
 * The compact published figures (data/dfe/published-figures.json) that commands read instead of the DfE
 * CSVs: the committed file must be what the CSVs give now, or a scorecard would show stale benchmarks
 * (published.ts falls back to the tables only when a table's size changed).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { COMPACT_FIGURES_FILE, computeCompactFigures, type CompactFigures } from './published.ts';

test('data/dfe/published-figures.json is current with the DfE tables (rebuild: scripts/build-published-figures.ts)', () => {
  const committed = JSON.parse(readFileSync(COMPACT_FIGURES_FILE, 'utf8')) as CompactFigures;
  const fresh = computeCompactFigures();
  assert.deepEqual(committed.sources, fresh.sources);
  assert.deepEqual(committed.figures, JSON.parse(JSON.stringify(fresh.figures)));
  // Spot checks a reader can verify in the tables: England's and a council's figures exist.
  assert.equal(typeof committed.figures['cla-rate']?.['2024']?.england, 'number');
  assert.ok(Object.keys(committed.figures['caseload-fte']?.['2025'] ?? {}).length > 140);
});
