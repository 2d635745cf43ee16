import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { read903Csv, read903CsvTables } from './read-903-csv.ts';
import { ReturnFileError } from './return-file-error.ts';

const FIX = join(import.meta.dirname, 'fixtures', '903-csv');

async function readError(input: string | string[]): Promise<ReturnFileError> {
  try {
    await read903CsvTables(input);
  } catch (error) {
    assert.ok(error instanceof ReturnFileError, `expected ReturnFileError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the read to fail');
}

describe('read903Csv', () => {
  test('reads every table by file name, with trimmed cells, nulls for blanks and source lines', async () => {
    const { dataset, sources } = await read903Csv(join(FIX, 'good'), { year: 2025, laCode: '999' });
    assert.deepEqual(Object.keys(dataset.current).sort(), [
      'Episodes',
      'Header',
      'Missing',
      'Reviews',
      'SWEpisodes',
      'UASC',
    ]);
    assert.equal(dataset.meta.collectionStart, '2024-04-01');
    assert.equal(dataset.meta.laCode, '999');
    const episodes = dataset.current.Episodes ?? [];
    assert.equal(episodes.length, 3);
    assert.equal(episodes[1]?.['CHILD'], 'T000002');
    assert.equal(episodes[1]?.['DECOM'], '10/10/2024');
    assert.equal(episodes[0]?.['DEC'], null);
    assert.deepEqual(
      sources['Episodes']?.map((s) => s.line),
      [2, 3, 5],
    );
    assert.equal(sources['Episodes']?.[2]?.file, 'episodes.csv');
    assert.deepEqual(dataset.current.SWEpisodes, []);
    assert.equal(dataset.current.Missing?.[0]?.['MIS_END'], '04/07/2024');
  });

  test('impossible dates and duplicate children reach the rules as text', async () => {
    const { tables } = await read903CsvTables(join(FIX, 'good'));
    assert.equal(tables.Episodes?.[1]?.['DEC'], '2024-13-01');
    assert.equal(tables.Episodes?.[2]?.['DECOM'], '31/02/2024');
    const ids = (tables.Header ?? []).map((row) => row['CHILD']);
    assert.equal(ids.filter((id) => id === 'T000002').length, 2);
  });

  test('recognises tables by their header when the file name says nothing, and drops unknown columns', async () => {
    const { tables, sources } = await read903CsvTables(join(FIX, 'by-header'));
    assert.equal(tables.Reviews?.length, 1);
    assert.deepEqual(tables.UASC?.[0], { CHILD: 'T000003', SEX: 'U', DOB: '31/02/2014', DUC: null });
    assert.equal(tables.Header?.[0]?.['EXTRA'], undefined);
    assert.equal(sources['UASC']?.[0]?.file, 'export-b.csv');
  });

  test('keeps last year apart under _last sources', async () => {
    const { dataset, sources } = await read903Csv([join(FIX, 'good', 'reviews.csv')], {
      year: 2025,
      previous: join(FIX, 'by-header', 'export-a.csv'),
    });
    assert.equal(dataset.previous?.Reviews?.length, 1);
    assert.equal(sources['Reviews_last']?.[0]?.file, 'export-a.csv');
  });

  test('a named table missing columns is one clear error naming them', async () => {
    const error = await readError(join(FIX, 'wrong-columns'));
    assert.equal(error.file, 'episodes.csv');
    assert.equal(error.line, 1);
    assert.match(error.message, /lacks the column DECOM/);
  });

  test('two files holding the same table', async () => {
    const error = await readError(join(FIX, 'duplicate-table'));
    assert.match(error.message, /Reviews table, which reviews-copy.csv already holds/);
  });

  test('a file that matches no table', async () => {
    const error = await readError(join(FIX, 'unknown-table'));
    assert.equal(error.file, 'people.csv');
    assert.match(error.message, /match no 903 table/);
  });

  test('a row with too few cells names its line', async () => {
    const error = await readError(join(FIX, 'ragged'));
    assert.equal(error.line, 3);
    assert.match(error.message, /3 cells but the header row has 4/);
  });

  test('empty, random, zipped and unclosed-quote files each give one error', async () => {
    assert.match((await readError(join(FIX, 'junk', 'empty.csv'))).message, /empty/);
    assert.match((await readError(join(FIX, 'junk', 'random.csv'))).message, /binary data|not UTF-8/);
    assert.match((await readError(join(FIX, 'junk', 'workbook.csv'))).message, /Excel workbook/);
    const unclosed = await readError(join(FIX, 'junk', 'unclosed.csv'));
    assert.match(unclosed.message, /never closed/);
    assert.equal(unclosed.line, 2);
  });

  test('a missing path or a folder without CSV files', async () => {
    assert.match((await readError(join(FIX, 'nowhere'))).message, /does not exist/);
    assert.match((await readError(FIX)).message, /holds no CSV files/);
  });
});
