import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db } from '../../store/db.ts';
import { ImportRun } from './import-context.ts';

/** A store that must not be reached: empty tables are counted without a query. */
const unreachable: Db = {
  query: () => Promise.reject(new Error('no query expected')),
  exec: () => Promise.reject(new Error('no exec expected')),
  transaction: () => Promise.reject(new Error('no transaction expected')),
};

test('an import reports each table it writes, never past the total, and ends at the total', async () => {
  const reports: [number, number, string | undefined][] = [];
  const run = new ImportRun(
    { db: unreachable, laCode: '990', onProgress: (done, total, label) => reports.push([done, total, label]) },
    2,
  );
  await run.upsert('child', [], ['la_code', 'id'], []);
  await run.upsert('referral', [], ['la_code', 'id'], []);
  await run.upsert('assessment', [], ['la_code', 'id'], []);
  assert.deepEqual(run.finish(), {
    child: { inserted: 0, updated: 0 },
    referral: { inserted: 0, updated: 0 },
    assessment: { inserted: 0, updated: 0 },
  });
  assert.deepEqual(reports, [
    [1, 2, 'child'],
    [2, 2, 'referral'],
    [2, 2, 'assessment'],
    [2, 2, 'done'],
  ]);
});

test('an import without a progress callback runs the same', async () => {
  const run = new ImportRun({ db: unreachable, laCode: '990' }, 1);
  await run.upsert('child', [], ['la_code', 'id'], []);
  assert.deepEqual(run.finish(), { child: { inserted: 0, updated: 0 } });
});
