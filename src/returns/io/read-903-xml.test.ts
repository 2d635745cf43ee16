import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { read903Xml, read903XmlTables } from './read-903-xml.ts';
import { ReturnFileError } from './return-file-error.ts';

const FIX = join(import.meta.dirname, 'fixtures', '903-xml');

async function readError(file: string): Promise<ReturnFileError> {
  try {
    await read903XmlTables(join(FIX, file));
  } catch (error) {
    assert.ok(error instanceof ReturnFileError, `expected ReturnFileError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the read to fail');
}

describe('read903Xml', () => {
  test('splits each CHILD into the CSV tables, renaming CHILDID and PL', async () => {
    const { dataset, sources } = await read903Xml(join(FIX, 'good.xml'), { year: 2025 });
    const t = dataset.current;
    assert.deepEqual(
      t.Header?.map((r) => r['CHILD']),
      ['T000001', 'T000002', 'T000002'],
    );
    assert.deepEqual(t.Header?.[1], {
      CHILD: 'T000002',
      SEX: 'F',
      DOB: '15/09/2006',
      ETHNIC: 'MWBC',
      UPN: 'A123456789012',
      MOTHER: '1',
      MC_DOB: '12/04/2024',
    });
    assert.equal(t.Episodes?.length, 3);
    assert.equal(t.Episodes?.[0]?.['PLACE'], 'U4');
    assert.equal(t.Episodes?.[0]?.['CHILD'], 'T000001');
    assert.equal(t.Episodes?.[1]?.['DEC'], null);
    assert.deepEqual(
      t.Reviews?.map((r) => [r['CHILD'], r['DOB'], r['REVIEW']]),
      [
        ['T000001', '01/06/2012', '01/11/2024'],
        ['T000001', '01/06/2012', '01/02/2025'],
      ],
    );
    assert.deepEqual(t.UASC, [{ CHILD: 'T000002', SEX: 'F', DOB: '15/09/2006', DUC: '15/09/2024' }]);
    assert.equal(t.AD1?.[0]?.['LS_ADOPTR'], 'L12');
    assert.equal(t.OC3?.[0]?.['ACCOM'], 'U1');
    assert.equal(t.OC2?.[0]?.['SDQ_SCORE'], '12');
    assert.equal(t.OC2?.[0]?.['SDQ_REASON'], null);
    assert.equal(t.PrevPerm?.[0]?.['PREV_PERM'], 'Z1');
    assert.equal(t.PlacedAdoption?.[0]?.['REASON_PLACED_CEASED'], 'RD1');
    assert.equal(t.Missing?.[0]?.['MIS_END'], '04/07/2024');
    assert.equal(sources['Header']?.[0]?.line, 4);
    assert.equal(sources['Episodes']?.[0]?.line, 30);
    assert.equal(sources['UASC']?.[0]?.line, 62);
    assert.equal(sources['Episodes']?.[0]?.file, 'good.xml');
  });

  test('impossible dates and a repeated child pass through as text for the rules', async () => {
    const { tables } = await read903XmlTables(join(FIX, 'good.xml'));
    assert.equal(tables.Episodes?.[0]?.['DEC'], '31/02/2024');
    assert.equal(tables.Episodes?.[1]?.['DECOM'], '2024-13-01');
  });

  test('a truncated file says which element was left open', async () => {
    const error = await readError('truncated.xml');
    assert.match(error.message, /ends while <[A-Z_]+> is still open|not well-formed/);
    assert.ok((error.line ?? 0) > 60);
  });

  test('empty, random, wrong-root and mismatched-tag files give one error each', async () => {
    assert.match((await readError('empty.xml')).message, /empty/);
    assert.match((await readError('random.xml')).message, /binary data|not UTF-8/);
    assert.match(
      (await readError('wrong-root.xml')).message,
      /expected an <EXPSSDA903> document, but the root element is <Message>/,
    );
    const mismatched = await readError('mismatched.xml');
    assert.equal(mismatched.line, 3);
    assert.match(mismatched.message, /not well-formed/);
  });
});
