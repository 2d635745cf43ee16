/** PL_LA and PL_LOCATION derived from the postcodes, and the council told from its children's home postcodes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPostcodeDirectory } from '../io/ons-postcodes.ts';
import type { Row } from './dataset.ts';
import { derivePostcodeFields, inferCouncil, placementLa } from './postcode-fields.ts';

const directory = openPostcodeDirectory();
// Birmingham (DfE 330) postcodes, one in Westminster (213), one in Cardiff, one ONS never issued.
const BIRMINGHAM = ['B76 8LQ', 'B1 1AA', 'B15 2TT'];

test('PL_LA is the DfE code of the council the placement postcode is in; WAL, SCO, NIR elsewhere in the UK, NUK beyond', () => {
  assert.equal(placementLa(directory.find('B76 8LQ')), '330');
  assert.equal(placementLa(directory.find('CF10 1AA')), 'WAL');
  assert.equal(placementLa(directory.find('EH1 1AA')), 'SCO');
  assert.equal(placementLa(directory.find('BT1 1AA')), 'NIR');
  assert.equal(placementLa(directory.find('GY1 1AA')), 'NUK');
  assert.equal(placementLa(directory.find('ZZ9 9ZZ')), null);
});

test('each episode gets PL_LA, and PL_LOCATION IN or OUT of the council; no postcode, neither', () => {
  const episodes: Row[] = [
    { CHILD: '1', PL_POST: 'B76 8LQ' },
    { CHILD: '2', PL_POST: 'SW1A 1AA' },
    { CHILD: '3', PL_POST: null },
    { CHILD: '4', PL_POST: 'ZZ9 9ZZ' },
    { CHILD: '5', PL_POST: 'SW1A 1AA', PL_LA: '330', PL_LOCATION: 'IN' },
  ];
  derivePostcodeFields({ Episodes: episodes }, directory, '330');
  assert.deepEqual(
    episodes.map((row) => [row['PL_LA'], row['PL_LOCATION']]),
    [
      ['330', 'IN'],
      ['213', 'OUT'],
      [null, null],
      [null, null],
      // Given in the return: kept as given.
      ['330', 'IN'],
    ],
  );
});

test('without the council, PL_LOCATION is not derived', () => {
  const episodes: Row[] = [{ CHILD: '1', PL_POST: 'B76 8LQ' }];
  derivePostcodeFields({ Episodes: episodes }, directory, undefined);
  assert.equal(episodes[0]!['PL_LA'], '330');
  assert.ok(!('PL_LOCATION' in episodes[0]!));
});

test('the council is the one holding more than half the home postcodes, else unknown', () => {
  const homes = (posts: string[]): { Episodes: Row[] } => ({
    Episodes: posts.map((post, i) => ({ CHILD: String(i), HOME_POST: post })),
  });
  assert.equal(inferCouncil(homes([...BIRMINGHAM, 'SW1A 1AA', 'ZZ9 9ZZ']), directory), '330');
  assert.equal(inferCouncil(homes(['B76 8LQ', 'SW1A 1AA']), directory), undefined);
  assert.equal(inferCouncil(homes([]), directory), undefined);
});
