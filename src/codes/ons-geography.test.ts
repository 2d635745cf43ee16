/** The shipped ONS geography: postcodes by area with their places, and the areas of each LA. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areaPostcodes, readLaAreas, readPlaces } from './ons-geography.ts';

test('an area lists its postcodes with their places, and each LA names the areas it has postcodes in', () => {
  const places = readPlaces();
  const ne = areaPostcodes('NE');
  const [, row] = ne.find(([code]) => code === 'NE29 6QF')!;
  assert.deepEqual(places[row], { ltla: 'E08000022', utla: 'E08000022', dfeCode: '392' }, 'NE29 is North Tyneside');
  assert.deepEqual(areaPostcodes('ZZ'), []);
  // North Tyneside (E08000022) lies wholly in NE; Kent's Sevenoaks (E07000111) in TN, BR and others.
  const areas = readLaAreas();
  assert.deepEqual(areas.get('E08000022'), ['NE']);
  assert.ok(areas.get('E07000111')?.includes('TN'));
  assert.equal(
    ne.filter(([, at]) => places[at]?.ltla === 'E08000022').length > 5000,
    true,
    'North Tyneside has thousands of postcodes',
  );
});
