import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fakerEN_GB } from '@faker-js/faker';
import { generateCouncil, lastMarch31Before, resolveOptions, SynthOptionError } from './generate.ts';
import { TABLE_ORDER } from './model.ts';

function fingerprint(options: Parameters<typeof generateCouncil>[0]): string {
  return tablesFingerprint(generateCouncil(options).tables);
}

function tablesFingerprint(tables: ReturnType<typeof generateCouncil>['tables']): string {
  const hash = createHash('sha256');
  for (const name of TABLE_ORDER) hash.update(name).update(JSON.stringify(tables[name]));
  return hash.digest('hex');
}

describe('determinism', () => {
  const options = { population: 3000, years: 2, seed: 11, to: '2025-03-31' };
  test('the same seed gives identical rows, twice', () => {
    assert.equal(fingerprint(options), fingerprint(options));
  });
  test('another seed gives different rows', () => {
    assert.notEqual(fingerprint(options), fingerprint({ ...options, seed: 12 }));
  });
  test('a text seed works too', () => {
    assert.equal(fingerprint({ ...options, seed: 'kestrel' }), fingerprint({ ...options, seed: 'kestrel' }));
  });
});

describe('councils side by side', () => {
  const small = { population: 1000, years: 1, to: '2025-03-31' };
  test('two councils in one process: the second leaves the first alone, and the first seed again gives the first council', () => {
    const first = generateCouncil({ ...small, seed: 1 });
    const firstPrint = tablesFingerprint(first.tables);
    const second = generateCouncil({ ...small, seed: 2 });
    assert.notEqual(tablesFingerprint(second.tables), firstPrint);
    assert.equal(
      tablesFingerprint(first.tables),
      firstPrint,
      "making the second council changed none of the first one's rows",
    );
    assert.equal(fingerprint({ ...small, seed: 1 }), firstPrint);
  });
  test('the shared faker is neither used nor reseeded (each council has its own)', () => {
    fakerEN_GB.seed(5);
    const expected = [fakerEN_GB.person.lastName(), fakerEN_GB.person.lastName()];
    fakerEN_GB.seed(5);
    const before = fakerEN_GB.person.lastName();
    generateCouncil({ ...small, seed: 3 });
    assert.deepEqual([before, fakerEN_GB.person.lastName()], expected);
  });
});

describe('options', () => {
  test('the reference date defaults to the last 31 March before today', () => {
    assert.equal(lastMarch31Before('2026-11-22'), '2026-03-31');
    assert.equal(lastMarch31Before('2026-03-31'), '2025-03-31');
    assert.equal(lastMarch31Before('2026-01-05'), '2025-03-31');
  });
  test('the fictional council by default, a real one with --like', () => {
    const fictional = resolveOptions({}, '2026-11-22');
    assert.equal(fictional.identity.laCode, '990');
    assert.equal(fictional.identity.name, 'Kestrel Synthetic Borough');
    assert.equal(fictional.population, 20000);
    assert.equal(fictional.to, '2026-03-31');
    assert.equal(fictional.calibration.area, 'england');
    const like = resolveOptions({ like: '929', year: 2017 }, '2026-11-22');
    assert.equal(like.identity.name, 'Northumberland');
    assert.equal(like.identity.newLaCode, 'E06000057');
    assert.equal(like.population, 59056);
    assert.equal(like.calibration.area, '929');
    assert.equal(like.calibration.year, 2017);
    assert.equal(resolveOptions({ like: '929', population: 30000 }).population, 30000);
  });
  test('impossible input is refused with one clear sentence', () => {
    const cases: [Parameters<typeof resolveOptions>[0], RegExp][] = [
      [{ population: 0 }, /--population must be a whole number/],
      [{ population: 10_000_000 }, /--population must be a whole number/],
      [{ like: '999' }, /--like 999: no council with that DfE code/],
      [{ years: 0 }, /--years must be/],
      [{ la: '929' }, /real council's code/],
      [{ like: '929', year: 1999 }, /--year must be a collection year/],
    ];
    for (const [options, message] of cases) {
      assert.throws(
        () => resolveOptions(options),
        (error: unknown) =>
          error instanceof SynthOptionError && message.test(error.message) && !error.message.includes('\n'),
      );
    }
  });
  test('a council like Northumberland in 2017 is generated under its own name and code', () => {
    const council = generateCouncil({ like: '929', year: 2017, population: 3000, years: 1, to: '2017-03-31' });
    assert.equal(council.tables.council[0]?.name, 'Northumberland');
    assert.equal(council.tables.child[0]?.id?.toString().slice(0, 3), '929');
    assert.ok(council.tables.referral.every((r) => String(r.referral_date) <= '2017-03-31'));
  });
});
