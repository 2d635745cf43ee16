/** The shipped ONS postcode directory: lookups by any spacing and case, terminated postcodes, councils. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPostcodeDirectory, splitPostcode } from './ons-postcodes.ts';

const directory = openPostcodeDirectory();

test('a postcode is found whatever its spacing and case, in the council ONS gives', () => {
  // SW1A 1AA: Westminster (E09000033, DfE 213); B76 8LQ: Birmingham (E08000025, DfE 330).
  assert.deepEqual(directory.find('SW1A 1AA'), { ltla: 'E09000033', utla: 'E09000033', dfeCode: '213' });
  assert.deepEqual(directory.find(' sw1a1aa '), directory.find('SW1A 1AA'));
  assert.equal(directory.find('B76 8LQ')?.dfeCode, '330');
});

test('a lower-tier district resolves to its county, where children’s services sit', () => {
  // CB2 1TN is in Cambridge (E07000008), whose upper tier is Cambridgeshire (E10000003, DfE 873).
  const place = directory.find('CB2 1TN');
  assert.equal(place?.ltla, 'E07000008');
  assert.equal(place?.utla, 'E10000003');
  assert.equal(place?.dfeCode, '873');
});

test('terminated postcodes exist; a well-formed postcode never issued does not', () => {
  assert.notEqual(directory.find('AB1 0JD'), null);
  assert.equal(directory.find('ZZ9 9ZZ'), null);
  assert.equal(directory.find('SW1A 9ZZ'), null);
  assert.equal(directory.find('not a postcode'), null);
});

test('outside England there is no DfE code', () => {
  assert.equal(directory.find('CF10 1AA')?.dfeCode, null);
  assert.match(directory.find('CF10 1AA')?.utla ?? '', /^W/);
});

test('splitPostcode reads the outward and inward codes', () => {
  assert.deepEqual(splitPostcode('ec1a 1bb'), ['EC1A', '1BB']);
  assert.deepEqual(splitPostcode('M1 1AE'), ['M1', '1AE']);
  assert.equal(splitPostcode('M1'), null);
});
