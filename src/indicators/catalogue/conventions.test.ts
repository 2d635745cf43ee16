/**
 * The catalogue's conventions, checked from its sources: each definition is exported once, under its id
 * in camelCase, and has a fixture test of hand-counted records that evaluates it by id or by that name
 * (the smoke test in index.test.ts runs every definition but cannot catch a wrong figure); and
 * docs/INDICATORS.md specifies exactly the catalogue's ids, with a current id-to-file table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_MARKER, definitionSources, definitionTable, symbolFor } from '../catalogue-sources.ts';
import { CATALOGUE } from './index.ts';

const INDICATORS_DIR = join(import.meta.dirname, '..');
const DOC = join(import.meta.dirname, '..', '..', '..', 'docs', 'INDICATORS.md');
/** Tests that evaluate every definition without counting anything by hand. */
const NOT_FIXTURES = new Set(['index.test.ts', 'conventions.test.ts', 'dfe-crosscheck.test.ts']);

test('every catalogue definition is exported once, named after its id', async () => {
  const sources = await definitionSources();
  assert.deepEqual(sources.map((s) => s.id).sort(), CATALOGUE.map((def) => def.id).sort());
  for (const source of sources) assert.equal(source.symbol, symbolFor(source.id), source.file);
});

test('every catalogue id has a hand-counted fixture test', async () => {
  const symbols = new Map((await definitionSources()).map((s) => [s.symbol, s.id]));
  const evaluated = new Set<string>();
  for (const file of testFiles(INDICATORS_DIR)) {
    const text = readFileSync(file, 'utf8');
    // evaluateOne(db, 'cpp-at-date', ...) / evaluateAll(db, claAtDate, ...) / evaluateIndicators(db, { ids: ['referrals'] ...
    for (const [, id] of text.matchAll(/evaluate(?:One|All)\(\s*db,\s*'([a-z0-9-]+)'/g)) evaluated.add(id!);
    for (const [, symbol] of text.matchAll(/evaluate(?:One|All)\(\s*db,\s*([A-Za-z][A-Za-z0-9]*)\b/g)) {
      const id = symbols.get(symbol!);
      if (id) evaluated.add(id);
    }
    for (const [, list] of text.matchAll(/ids: \[([^\]]*)\]/g)) {
      for (const [, id] of list!.matchAll(/'([a-z0-9-]+)'/g)) evaluated.add(id!);
    }
  }
  assert.deepEqual(
    CATALOGUE.map((def) => def.id).filter((id) => !evaluated.has(id)),
    [],
  );
});

test('docs/INDICATORS.md specifies the catalogue ids, and its id-to-file table is current', async () => {
  const text = readFileSync(DOC, 'utf8');
  const at = text.indexOf(TABLE_MARKER);
  assert.notEqual(at, -1, 'docs/INDICATORS.md has lost its generated table');
  // Specification rows: "| cpp-at-date | ..." or "| cla-starts / cla-ceased | ...".
  const specified = [
    ...text.slice(0, at).matchAll(/^\| ([a-z0-9]+(?:-[a-z0-9]+)*(?: \/ [a-z0-9]+(?:-[a-z0-9]+)*)*) \|/gm),
  ]
    .flatMap(([, ids]) => ids!.split(' / '))
    .filter((id) => id !== 'id');
  assert.deepEqual([...specified].sort(), CATALOGUE.map((def) => def.id).sort());
  const table = definitionTable(CATALOGUE, await definitionSources());
  assert.equal(
    text.slice(at + TABLE_MARKER.length).trim(),
    table.trim(),
    'run: node --import tsx scripts/generate-indicators-doc.ts',
  );
});

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return testFiles(join(dir, entry.name));
    return entry.name.endsWith('.test.ts') && !NOT_FIXTURES.has(entry.name) ? [join(dir, entry.name)] : [];
  });
}
