import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Scorecard } from './model.ts';
import { ScorecardCache, scorecardKey } from './scorecard-cache.ts';

const card = (period: string) => ({ period }) as unknown as Scorecard;

test('a scorecard is built once while fresh, shared by builds in flight, and built again after its time or a change', async () => {
  let clock = 0;
  let builds = 0;
  const cache = new ScorecardCache({ ttlMs: 1000, now: () => clock });
  const build = async () => card(`build ${++builds}`);
  const key = scorecardKey({ la: '990', level: 'council', at: '2026-03-31' });
  const [a, b] = await Promise.all([cache.get(key, build), cache.get(key, build)]);
  assert.equal(builds, 1);
  assert.equal(a, b);
  clock = 999;
  assert.equal((await cache.get(key, build)).period, 'build 1');
  clock = 1000;
  assert.equal((await cache.get(key, build)).period, 'build 2');
  cache.clear();
  assert.equal((await cache.get(key, build)).period, 'build 3');
  const other = scorecardKey({ la: '990', level: 'team:T1', at: '2026-03-31' });
  assert.equal((await cache.get(other, build)).period, 'build 4');
  assert.notEqual(other, scorecardKey({ la: '990', level: 'team:T1', at: '2026-03-31', window: 'ytd' }));
});

test('a failed build is not kept, and the oldest scorecard goes first when full', async () => {
  const cache = new ScorecardCache({ maxEntries: 2 });
  await assert.rejects(cache.get('k', () => Promise.reject(new Error('store busy'))));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal((await cache.get('k', async () => card('again'))).period, 'again');
  await cache.get('k2', async () => card('2'));
  await cache.get('k3', async () => card('3'));
  assert.equal(cache.size, 2);
  assert.equal((await cache.get('k', async () => card('rebuilt'))).period, 'rebuilt');
});
