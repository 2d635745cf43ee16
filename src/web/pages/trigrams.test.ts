import { test } from 'node:test';
import assert from 'node:assert/strict';
import { likePatterns, nameScore, similarity } from './trigrams.ts';

test("similarity agrees with pg_trgm's similarity() (values read from PostgreSQL 15)", () => {
  // SELECT similarity('thornbury','thornbery'), similarity('Ava','ava'), similarity('ab','abc')
  //   → 0.53846157, 1, 0.4: 7 shared of 13 trigrams; case ignored; "  a"," ab" shared of 5.
  assert.equal(similarity('thornbury', 'thornbery').toFixed(6), (7 / 13).toFixed(6));
  assert.equal(similarity('Ava', 'ava'), 1);
  assert.equal(similarity('ab', 'abc'), 0.4);
});

test('a name scores by its best word for each typed word, in any order', () => {
  assert.equal(nameScore('thornbury ava', 'Ava Thornbury'), 1);
  assert.ok(nameScore('thornbery', 'Ava Thornbury') > 0.5);
  assert.ok(nameScore('marsh', 'Ava Thornbury') < 0.3);
});

test('the SQL pre-filter looks for every trigram inside a typed word, short words whole', () => {
  assert.deepEqual(likePatterns('Ava Lee-Jo'), ['%ava%', '%lee%', '%jo%']);
  assert.deepEqual(likePatterns("%_'"), []);
});
