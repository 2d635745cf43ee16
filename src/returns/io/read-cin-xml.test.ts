import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readCinXml } from './read-cin-xml.ts';
import { ReturnFileError } from './return-file-error.ts';

const FIX = join(import.meta.dirname, 'fixtures', 'cin-xml');

async function readError(file: string, year?: number): Promise<ReturnFileError> {
  try {
    await readCinXml(join(FIX, file), { year });
  } catch (error) {
    assert.ok(error instanceof ReturnFileError, `expected ReturnFileError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the read to fail');
}

describe('readCinXml', () => {
  test('flattens children into tables with counters, the header and the year', async () => {
    const { dataset, sources } = await readCinXml(join(FIX, 'good-2025.xml'));
    const t = dataset.tables;
    assert.deepEqual(dataset.meta, { year: 2025, referenceDate: '2025-03-31', collectionStart: '2024-04-01' });
    assert.equal(t.Header?.[0]?.['LEA'], '999');
    assert.equal(t.ChildIdentifiers?.length, 2);
    assert.equal(t.ChildIdentifiers?.[0]?.['Sex'], 'F');
    assert.equal(t.ChildIdentifiers?.[0]?.['GenderCurrent'], null);
    assert.deepEqual(t.Disabilities, [
      { LAchildID: 'TCIN0001', Disability: 'MOB' },
      { LAchildID: 'TCIN0001', Disability: 'HAND' },
    ]);
    assert.deepEqual(
      t.CINdetails?.map((r) => [r['LAchildID'], r['CINdetailsID'], r['DateOfInitialCPC']]),
      [
        ['TCIN0001', '1', '2024-05-20'],
        ['TCIN0001', '2', null],
        ['TCIN0002', '1', null],
      ],
    );
    assert.deepEqual(
      t.Assessments?.map((r) => [r['CINdetailsID'], r['AssessmentID'], r['AssessmentFactors']]),
      [
        ['1', '1', '3A,16A'],
        ['1', '2', null],
      ],
    );
    assert.deepEqual(
      t.AssessmentFactorsList?.map((r) => [r['AssessmentID'], r['AssessmentFactor']]),
      [
        ['1', '3A'],
        ['1', '16A'],
      ],
    );
    assert.equal(t.Section47?.[0]?.['ICPCnotRequired'], '0');
    assert.equal(t.Section47?.[0]?.['DateOfInitialCPC'], '2024-05-20');
    assert.deepEqual(
      t.ChildProtectionPlans?.map((r) => [r['CPPID'], r['CPPendDate']]),
      [
        ['1', '2024-12-01'],
        ['2', null],
      ],
    );
    assert.deepEqual(
      t.Reviews?.map((r) => [r['LAchildID'], r['CINdetailsID'], r['CPPID'], r['CPPreviewDate']]),
      [
        ['TCIN0001', '1', '1', '2024-08-20'],
        ['TCIN0001', '1', '1', '2024-11-20'],
      ],
    );
    assert.equal(t.CINplanDates?.[0]?.['CINPlanStartDate'], '2024-06-11');
    assert.equal(sources['Header']?.[0]?.line, 3);
    assert.equal(sources['ChildIdentifiers']?.[1]?.line, 87);
    assert.equal(sources['Reviews']?.[1]?.line, 67);
  });

  test('without a Header the caller gives the year; bad dates and repeated children stay as text', async () => {
    const { dataset } = await readCinXml(join(FIX, 'no-header.xml'), { year: 2024 });
    assert.equal(dataset.meta.referenceDate, '2024-03-31');
    assert.deepEqual(dataset.tables.Header, []);
    assert.equal(dataset.tables.ChildIdentifiers?.[0]?.['PersonBirthDate'], '2010-02-31');
    assert.equal(dataset.tables.CINdetails?.[0]?.['CINreferralDate'], '2024-13-01');
    assert.deepEqual(
      dataset.tables.ChildIdentifiers?.map((r) => r['LAchildID']),
      ['TCIN0009', 'TCIN0009'],
    );
  });

  test('without a Header or a year, one error asks for the year', async () => {
    assert.match((await readError('no-header.xml')).message, /give the year/);
  });

  test('truncated, empty, random and prose files give one error each', async () => {
    const truncated = await readError('truncated.xml');
    assert.match(truncated.message, /cut short/);
    assert.ok((truncated.line ?? 0) >= 50);
    assert.match((await readError('empty.xml')).message, /empty/);
    assert.match((await readError('random.xml')).message, /binary data|not UTF-8/);
    assert.match((await readError('prose.xml')).message, /not well-formed|ends before any XML element/);
  });
});
