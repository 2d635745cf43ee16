import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsedRecords, plainRecords, type CsvRecord } from './csv-stream.ts';

/** csv-parse's records for `text`, or its error message. */
async function parsed(text: string): Promise<CsvRecord[] | string> {
  const dir = await mkdtemp(join(tmpdir(), 'kestrel-csv-'));
  try {
    await writeFile(join(dir, 'file.csv'), text);
    const records: CsvRecord[] = [];
    for await (const record of parsedRecords(join(dir, 'file.csv'))) records.push(record);
    return records;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const PLAIN: Record<string, string> = {
  'a simple file': 'CHILD,SEX,DOB\n1,M,01/02/2010\n2,F,03/04/2011\n',
  'Windows line ends, the last line without one': 'CHILD,SEX\r\n1,M\r\n2,F',
  'blank lines and a record of empty cells': 'CHILD,SEX\n\n1,M\n,\n\n2,F\n',
  'spaces and tabs around cells': 'CHILD , SEX\n\t1 ,M \n',
  'a byte order mark': '\uFEFFCHILD,SEX\n1,M\n',
};

const NOT_PLAIN: Record<string, string> = {
  quotes: 'CHILD,SEX\n"1",M\n',
  'a record with another cell count': 'CHILD,SEX\n1,M,X\n',
  'mixed line ends': 'CHILD,SEX\r\n1,M\n2,F\r\n',
  'old Mac line ends': 'CHILD,SEX\r1,M\r',
  'non-ASCII text': 'CHILD,SEX\n1,M\u00a0\n',
};

describe('plainRecords', () => {
  for (const [name, text] of Object.entries(PLAIN)) {
    test(`reads ${name} as csv-parse does`, async () => {
      const records = plainRecords(text);
      assert.ok(records !== undefined);
      assert.deepEqual(records, await parsed(text));
    });
  }

  for (const [name, text] of Object.entries(NOT_PLAIN)) {
    test(`leaves ${name} to csv-parse`, () => {
      assert.equal(plainRecords(text), undefined);
    });
  }

  test('a record after one of empty cells keeps its own line', () => {
    assert.deepEqual(
      plainRecords('A,B\n,\n1,2\n')?.map((r) => r.line),
      [1, 3],
    );
  });
});
