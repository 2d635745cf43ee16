import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Row } from '../dataset.ts';
import { joinRows, rememberingGroups } from './joins.ts';
import { childOf, episodeOf } from './rows.ts';

const episodes: Row[] = [
  { LAchildID: 'A', CINdetailsID: '1' },
  { LAchildID: 'A', CINdetailsID: '2' },
  { LAchildID: 'B', CINdetailsID: '1' },
  { LAchildID: null, CINdetailsID: '1' },
];
const children: Row[] = [{ LAchildID: 'B' }, { LAchildID: 'A' }, { LAchildID: 'C' }];

describe('rememberingGroups', () => {
  test('joins give the same pairs with groupings remembered as without', () => {
    const plain = [
      joinRows(children, episodes, childOf),
      joinRows(episodes, episodes, episodeOf),
      joinRows(episodes, children, childOf),
    ];
    const remembered = rememberingGroups(() => [
      joinRows(children, episodes, childOf),
      joinRows(episodes, episodes, episodeOf),
      joinRows(episodes, children, childOf),
      joinRows(children, episodes, childOf),
    ]);
    assert.deepEqual(remembered.slice(0, 3), plain);
    assert.deepEqual(remembered[3], plain[0]);
    assert.deepEqual(plain[0], [
      [0, 2],
      [1, 0],
      [1, 1],
    ]);
  });

  test('each run starts afresh, so rows changed between runs are seen', () => {
    const rows: Row[] = [{ LAchildID: 'A' }];
    assert.deepEqual(
      rememberingGroups(() => joinRows(children, rows, childOf)),
      [[1, 0]],
    );
    rows[0]!['LAchildID'] = 'C';
    assert.deepEqual(
      rememberingGroups(() => joinRows(children, rows, childOf)),
      [[2, 0]],
    );
  });
});
