import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetCin } from '../cin-census/dataset.ts';
import { read903CsvTables } from './read-903-csv.ts';
import { read903XmlTables } from './read-903-xml.ts';
import { readCinXml } from './read-cin-xml.ts';
import { write903Csv } from './write-903-csv.ts';
import { write903Xml } from './write-903-xml.ts';
import { writeCinXml } from './write-cin-xml.ts';
import { validateXmlFile } from './xsd.ts';

const FIX = join(import.meta.dirname, 'fixtures');
let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kestrel-writers-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('write903Csv', () => {
  test('write then read gives the same tables, including awkward cells', async () => {
    const { tables } = await read903CsvTables(join(FIX, '903-csv', 'good'));
    tables.Reviews = [
      ...(tables.Reviews ?? []),
      { CHILD: 'T000009', DOB: '01/01/2010', REVIEW: 'a "quoted", value', REVIEW_CODE: 'line\nbreak' },
    ];
    const out = join(dir, '903-csv');
    const files = await write903Csv(out, tables);
    assert.ok(files.some((f) => f.endsWith('sw_episodes.csv')));
    const again = await read903CsvTables(out);
    assert.deepEqual(again.tables, tables);
    assert.equal(again.sources['Reviews']?.[1]?.line, 3);
  });
});

describe('write903Xml', () => {
  test('write then read gives the same tables; the schema finds only the bad date it carried', async () => {
    const { tables } = await read903XmlTables(join(FIX, '903-xml', 'good.xml'));
    const path = join(dir, '903.xml');
    await write903Xml(path, tables);
    const again = await read903XmlTables(path);
    assert.deepEqual(again.tables, tables);
    const findings = await validateXmlFile(path, '903');
    assert.deepEqual(
      findings.map((f) => [f.fields[0], f.child]),
      [['DECOM', 'T000001']],
    );
  });

  test('tables read from CSV are written as valid XML when their values fit the schema', async () => {
    const { tables } = await read903CsvTables(join(FIX, '903-csv', 'good'));
    // Fix the deliberately bad cells so only the writer's structure is under test.
    for (const row of tables.Episodes ?? []) {
      if (row['DEC'] === '2024-13-01') row['DEC'] = '01/12/2024';
    }
    const path = join(dir, '903-from-csv.xml');
    await write903Xml(path, tables);
    assert.deepEqual(await validateXmlFile(path, '903'), []);
    const text = await readFile(path, 'utf8');
    assert.match(text, /<UASC>1<\/UASC>/);
    const again = await read903XmlTables(path);
    assert.deepEqual(again.tables.Episodes, tables.Episodes);
    assert.deepEqual(again.tables.Reviews, tables.Reviews);
    assert.deepEqual(again.tables.UASC, tables.UASC);
  });
});

describe('writeCinXml', () => {
  test('write then read gives the same dataset, and the file validates against its year', async () => {
    const { dataset } = await readCinXml(join(FIX, 'cin-xml', 'good-2025.xml'));
    const path = join(dir, 'cin-2025.xml');
    await writeCinXml(path, dataset);
    const again = await readCinXml(path);
    assert.deepEqual(again.dataset, dataset);
    assert.deepEqual(await validateXmlFile(path, 'cin'), []);
  });

  test('a dataset from elsewhere (no Header, true/false, 2024 GenderCurrent) validates against 2024', async () => {
    const dataset: DatasetCin = {
      meta: { year: 2024, referenceDate: '2024-03-31', collectionStart: '2023-04-01' },
      tables: {
        ChildIdentifiers: [{ LAchildID: 'TCIN0100', PersonBirthDate: '2012-01-01', GenderCurrent: '2' }],
        ChildCharacteristics: [{ LAchildID: 'TCIN0100', Ethnicity: 'WBRI' }],
        CINdetails: [
          {
            LAchildID: 'TCIN0100',
            CINdetailsID: '1',
            CINreferralDate: '2023-06-01',
            ReferralSource: '5A',
            ReferralNFA: 'false',
          },
        ],
        Section47: [
          { LAchildID: 'TCIN0100', CINdetailsID: '1', S47ActualStartDate: '2023-06-02', ICPCnotRequired: 'true' },
        ],
        Assessments: [
          {
            LAchildID: 'TCIN0100',
            CINdetailsID: '1',
            AssessmentID: '1',
            AssessmentActualStartDate: '2023-06-02',
            AssessmentFactors: '3A, 4A',
          },
        ],
      },
    };
    const path = join(dir, 'cin-2024.xml');
    await writeCinXml(path, dataset, { laCode: '999' });
    assert.deepEqual(await validateXmlFile(path, 'cin'), []);
    const again = await readCinXml(path);
    assert.equal(again.dataset.tables.Header?.[0]?.['LEA'], '999');
    assert.equal(again.dataset.tables.Section47?.[0]?.['ICPCnotRequired'], '1');
    assert.deepEqual(
      again.dataset.tables.AssessmentFactorsList?.map((r) => r['AssessmentFactor']),
      ['3A', '4A'],
    );
    assert.equal(again.dataset.tables.ChildIdentifiers?.[0]?.['GenderCurrent'], '2');
  });

  test('text needing escapes survives the trip', async () => {
    const { dataset } = await readCinXml(join(FIX, 'cin-xml', 'good-2025.xml'));
    const first = dataset.tables.ChildIdentifiers?.[0];
    assert.ok(first);
    first['LAchildID'] = 'A&B<1>';
    for (const table of Object.values(dataset.tables))
      for (const row of table ?? []) if (row['LAchildID'] === 'TCIN0001') row['LAchildID'] = 'A&B<1>';
    const path = join(dir, 'cin-escape.xml');
    await writeCinXml(path, dataset);
    assert.deepEqual((await readCinXml(path)).dataset, dataset);
  });
});
