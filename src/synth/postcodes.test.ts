import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPostcodeDirectory } from '../returns/io/ons-postcodes.ts';
import { generateCouncil } from './generate.ts';
import { Random } from './random.ts';
import { FICTIONAL_POSTCODE_COUNCIL, placementPostcode, postcodeCouncil, postcodePools } from './postcodes.ts';

const directory = openPostcodeDirectory();
const councilOf = (postcode: string) => directory.find(postcode)?.dfeCode;

describe('postcode pools', () => {
  test('a fictional council lives in North Tyneside; a real one in its own area; an abolished one in its successor', () => {
    assert.equal(postcodeCouncil('990', false), FICTIONAL_POSTCODE_COUNCIL);
    assert.equal(FICTIONAL_POSTCODE_COUNCIL, '392');
    assert.equal(postcodeCouncil('886', true), '886');
    assert.equal(postcodeCouncil('909', true), '942', 'Cumbria → Cumberland');
    assert.equal(councilOf(postcodePools(postcodeCouncil('909', true)).homes[0]!), '942');
  });

  test('home and in-area postcodes lie in the council, out-of-area ones in other English councils', () => {
    // Kent (886): a county, twelve districts over five postcode areas.
    const pools = postcodePools('886');
    assert.equal(pools.council, '886');
    for (const list of [pools.homes, pools.inArea]) {
      assert.ok(list.length > 1000);
      assert.deepEqual(new Set(list.map(councilOf)), new Set(['886']));
    }
    for (const list of [pools.neighbours, pools.farther]) {
      assert.ok(list.length > 100);
      const councils = new Set(list.map(councilOf));
      assert.ok(!councils.has('886') && !councils.has(null) && !councils.has(undefined), [...councils].join(' '));
    }
    // Medway (887) shares Kent's ME area: a neighbour.
    assert.ok(pools.neighbours.some((postcode) => councilOf(postcode) === '887'));
  });

  test("no family's postcode is a placement's in the area (rule 392d)", () => {
    const pools = postcodePools('392');
    const homes = new Set(pools.homes);
    assert.equal(pools.inArea.filter((postcode) => homes.has(postcode)).length, 0);
  });

  test('placementPostcode follows the in-area decision', () => {
    const pools = postcodePools('392');
    const random = new Random(7);
    for (let i = 0; i < 200; i++) {
      assert.equal(councilOf(placementPostcode(random, pools, true)), '392');
      assert.notEqual(councilOf(placementPostcode(random, pools, false)), '392');
    }
  });
});

describe('a synthetic council’s postcodes', () => {
  const options = { population: 1000, years: 1, to: '2025-03-31' };
  const postcodes = (seed: number) => {
    const { tables } = generateCouncil({ ...options, seed });
    return {
      homes: tables.child.map((row) => row['home_postcode']),
      placements: tables.placement.map((row) => [row['postcode'], row['in_area']]),
    };
  };

  test('are real, at home in the council, placed in or out of area as the placement says', () => {
    const { tables } = generateCouncil({ ...options, seed: 3 });
    assert.ok(tables.placement.length > 10);
    for (const row of tables.child)
      if (row['home_postcode'] !== null) assert.equal(councilOf(String(row['home_postcode'])), '392');
    for (const row of [...tables.placement, ...tables.cla_episode]) {
      const postcode = row['postcode'] ?? row['placement_postcode'];
      if (postcode === null || postcode === undefined) continue;
      assert.notEqual(councilOf(String(postcode)), undefined, String(postcode));
    }
    for (const row of tables.placement)
      assert.equal(councilOf(String(row['postcode'])) === '392', row['in_area'], String(row['postcode']));
    // The council's own children's homes are in its area.
    for (const row of tables.placement.filter((p) => p['home_id'] !== null))
      assert.equal(councilOf(String(row['postcode'])), '392');
  });

  test('the same seed gives the same postcodes; another seed others', () => {
    assert.deepEqual(postcodes(5), postcodes(5));
    assert.notDeepEqual(postcodes(5).homes, postcodes(6).homes);
  });
});
