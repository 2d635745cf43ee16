// Corrupt returns give findings or one plain error, never a crash, and the store is left unchanged.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { TEST_LA } from '../../records/factories.ts';
import { write903Csv } from '../io/write-903-csv.ts';
import { writeCinXml } from '../io/write-cin-xml.ts';
import { export903 } from './export-903.ts';
import { exportCin } from './export-cin.ts';
import { import903 } from './import-903.ts';
import { importCin } from './import-cin.ts';
import { importValidated } from './import-return.ts';
import { readAnnexA } from './import-annexa.ts';
import { buildReturnsCouncil, RETURN_YEAR, rowCounts } from './test-council.ts';
import { ReturnImportError, validate903, validateCin } from './validate.ts';

for (const backend of testBackends()) {
  describe(`corrupt returns (${backend.name})`, () => {
    let store: Store;
    let dir: string;
    let counts: Record<string, number>;

    /** A copy of the clean 903 CSV set with `edit` applied to one file's text. */
    function csvSet(name: string, file: string, edit: (text: string) => string): string {
      const folder = join(dir, name);
      mkdirSync(folder, { recursive: true });
      for (const entry of readdirSync(join(dir, 'clean-903'))) {
        const text = readFileSync(join(dir, 'clean-903', entry), 'utf8');
        writeFileSync(join(folder, entry), entry === file ? edit(text) : text);
      }
      return folder;
    }

    async function refused903(folder: string): Promise<string> {
      try {
        const result = await validate903([folder], { year: RETURN_YEAR });
        assert.ok(
          result.findings.some((f) => f.severity === 'error'),
          'expected error findings',
        );
        await importValidated(
          store,
          { file: folder, laCode: TEST_LA, findings: result.findings, kind: '903' },
          (context) => import903(context, result.dataset),
        );
      } catch (error) {
        assert.ok(error instanceof ReturnImportError, `a plain error, not ${String(error)}`);
        assert.deepEqual(await rowCounts(store), counts, 'the store is unchanged');
        return error.message;
      }
      assert.fail('the import was not refused');
    }

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'kestrel-corrupt-'));
      store = await backend.open();
      await buildReturnsCouncil(store);
      await write903Csv(join(dir, 'clean-903'), (await export903(store, TEST_LA, RETURN_YEAR)).current);
      await writeCinXml(join(dir, 'clean-cin.xml'), await exportCin(store, TEST_LA, RETURN_YEAR));
      counts = await rowCounts(store);
    });
    after(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('wrong columns: one sentence naming the missing column', async () => {
      const folder = csvSet('cols', 'episodes.csv', (text) => text.replace('DECOM', 'DATE_COMMENCED'));
      assert.match(await refused903(folder), /episodes\.csv.*lacks the column DECOM/);
    });

    test('impossible dates, unknown codes and a duplicate child are findings, and the import is refused', async () => {
      const dates = csvSet('dates', 'episodes.csv', (text) =>
        text.replace('03/06/2024', '31/02/2024').replace('01/05/2024', '2024-13-01'),
      );
      const message = await refused903(dates);
      assert.match(message, /was not imported: \d+ errors? must be fixed first/);
      assert.match(message, /episodes\.csv line \d/);

      const codes = csvSet('codes', 'episodes.csv', (text) => text.replace(',K2,', ',ZZ9,'));
      const result = await validate903([codes], { year: RETURN_YEAR });
      assert.ok(
        result.findings.some((f) => f.severity === 'error' && f.fields.includes('PLACE')),
        'unknown PLACE code flagged',
      );
      await refused903(codes);

      const dupes = csvSet('dupes', 'header.csv', (text) => {
        const lines = text.split('\r\n');
        return [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\r\n');
      });
      const dup = await validate903([dupes], { year: RETURN_YEAR });
      assert.ok(
        dup.findings.some((f) => f.severity === 'error' && f.table === 'Header'),
        'duplicate child flagged',
      );
      await refused903(dupes);
    });

    test('truncated and empty XML are one plain error each', async () => {
      const text = readFileSync(join(dir, 'clean-cin.xml'), 'utf8');
      const cut = join(dir, 'cut.xml');
      writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
      await assert.rejects(
        validateCin(cut, {}),
        (e: unknown) => e instanceof ReturnImportError && /cut short/.test(e.message),
      );
      const empty = join(dir, 'empty.xml');
      writeFileSync(empty, '');
      await assert.rejects(
        validateCin(empty, {}),
        (e: unknown) => e instanceof ReturnImportError && /empty/.test(e.message),
      );
      await assert.rejects(
        validate903([empty], {}),
        (e: unknown) => e instanceof ReturnImportError && /empty/.test(e.message),
      );
      assert.deepEqual(await rowCounts(store), counts);
    });

    test('100 MB of junk stops at the first bad bytes', async () => {
      const junk = join(dir, 'junk.xml');
      const fd = openSync(junk, 'w');
      for (let i = 0; i < 100; i += 1) writeSync(fd, randomBytes(1024 * 1024));
      closeSync(fd);
      await assert.rejects(
        validateCin(junk, {}),
        (e: unknown) => e instanceof ReturnImportError && /not UTF-8|binary data/.test(e.message),
      );
      await assert.rejects(validate903([junk], { year: RETURN_YEAR }), ReturnImportError);
      assert.deepEqual(await rowCounts(store), counts);
    });

    test('a CIN census with errors is refused whole', async () => {
      const text = readFileSync(join(dir, 'clean-cin.xml'), 'utf8');
      const bad = join(dir, 'bad-cin.xml');
      writeFileSync(
        bad,
        text.replace('<CINreferralDate>2024-07-01</CINreferralDate>', '<CINreferralDate>2024-02-31</CINreferralDate>'),
      );
      const result = await validateCin(bad, {});
      assert.ok(result.findings.some((f) => f.severity === 'error'));
      await assert.rejects(
        importValidated(store, { file: bad, laCode: TEST_LA, findings: result.findings, kind: 'cin' }, (context) =>
          importCin(context, result.dataset),
        ),
        ReturnImportError,
      );
      assert.deepEqual(await rowCounts(store), counts);
    });

    test('an Annex A workbook without a list sheet is one plain error', async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('List 1').addRow(['Child Unique ID', 'Date of Contact']);
      const file = join(dir, 'annexa.xlsx');
      await workbook.xlsx.writeFile(file);
      await assert.rejects(
        readAnnexA(file),
        (e: unknown) => e instanceof ReturnImportError && /no sheet "List 2"/.test(e.message),
      );
      assert.deepEqual(await rowCounts(store), counts);
    });
  });
}
