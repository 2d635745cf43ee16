import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { AnnexA } from './annexa-lists.ts';
import { readAnnexAXlsx } from './read-annexa-xlsx.ts';
import { ReturnFileError } from './return-file-error.ts';
import { buildAnnexAWorkbook, writeAnnexAXlsx } from './write-annexa-xlsx.ts';

const FIX = join(import.meta.dirname, 'fixtures', 'annexa');
let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kestrel-annexa-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function child(id: string): { childId: string; gender: string; ethnicity: string; dateOfBirth: string; age: string } {
  return { childId: id, gender: 'b) Female', ethnicity: 'a) WBRI', dateOfBirth: '2015-06-01', age: '9' };
}

const SAMPLE: AnnexA = {
  1: [
    { ...child('TA0001'), contactDate: '2024-10-01', contactSource: 'Police' },
    { ...child('TA0002'), contactDate: '31/02/2024', contactSource: null },
  ],
  3: [
    {
      ...child('TA0001'),
      referralDate: '2024-13-01',
      referralSource: 'Schools',
      referralNfa: 'No',
      referralsLast12Months: '2',
      allocatedTeam: 'Team A',
      allocatedWorker: 'Worker 1',
    },
  ],
  11: [
    {
      adopterId: 'AD001',
      familyId: 'F01',
      gender: 'a) Male',
      ethnicity: 'a) WBRI',
      disability: 'No',
      ffa: 'No',
      enquiryReceived: '2024-01-02',
      stage1Start: null,
      stage1End: null,
      stage2Start: null,
      stage2End: null,
      applicationSubmitted: null,
      approved: null,
      matched: null,
      childPlaced: null,
      childrenPlaced: '1',
      adoptionOrder: null,
      leftProcess: null,
      reasonLeft: null,
    },
  ],
};

async function readError(path: string, lists?: (1 | 2 | 3)[]): Promise<ReturnFileError> {
  try {
    await readAnnexAXlsx(path, { lists });
  } catch (error) {
    assert.ok(error instanceof ReturnFileError, `expected ReturnFileError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the read to fail');
}

describe('Annex A workbook', () => {
  test('write then read gives the same rows, with row numbers; bad dates stay text', async () => {
    const path = join(dir, 'annexa.xlsx');
    await writeAnnexAXlsx(path, SAMPLE);
    const { annexA, sources } = await readAnnexAXlsx(path);
    assert.equal(annexA[2]?.length, 0);
    assert.equal(annexA[1]?.[0]?.contactSource, 'Police');
    assert.equal(annexA[1]?.[1]?.contactDate, '31/02/2024');
    assert.equal(annexA[3]?.[0]?.referralDate, '2024-13-01');
    assert.equal(annexA[1]?.[0]?.allocatedTeam, undefined);
    for (const list of [1, 3, 11] as const) {
      const written = (SAMPLE[list] ?? []) as Record<string, string | null>[];
      const read = (annexA[list] ?? []) as Record<string, string | null>[];
      assert.deepEqual(
        read.map((row) => Object.fromEntries(Object.keys(written[0] ?? {}).map((k) => [k, row[k] ?? null]))),
        written,
      );
    }
    assert.deepEqual(
      sources['List 1']?.map((s) => s.line),
      [2, 3],
    );
    assert.equal(sources['List 1']?.[0]?.file, 'annexa.xlsx (List 1)');
  });

  test('a header below a title block, loose header spelling, and real Excel dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('list 3');
    sheet.addRow(['Annex A - List 3: Referrals']);
    sheet.addRow([]);
    sheet.addRow(['CHILD UNIQUE ID', 'Date of Referral:', 'Referral source']);
    sheet.addRow(['TA0009', new Date(Date.UTC(2024, 8, 30)), 'Police']);
    sheet.addRow([]);
    const path = join(dir, 'titled.xlsx');
    await workbook.xlsx.writeFile(path);
    const { annexA, sources } = await readAnnexAXlsx(path, { lists: [3] });
    assert.deepEqual(
      [annexA[3]?.[0]?.childId, annexA[3]?.[0]?.referralDate, annexA[3]?.[0]?.referralSource, annexA[3]?.[0]?.gender],
      ['TA0009', '2024-09-30', 'Police', null],
    );
    assert.equal(annexA[3]?.length, 1);
    assert.equal(sources['List 3']?.[0]?.line, 4);
  });

  test('a missing sheet names the sheet', async () => {
    const path = join(dir, 'missing-sheet.xlsx');
    await buildAnnexAWorkbook({}, { lists: [1, 2] }).xlsx.writeFile(path);
    const error = await readError(path);
    assert.match(error.message, /no sheet "List 3" \(Referrals\); it has "List 1", "List 2"/);
    const committed = await readError(join(FIX, 'missing-sheet.xlsx'));
    assert.match(committed.message, /no sheet "List 3"/);
    assert.equal(committed.file, 'missing-sheet.xlsx');
  });

  test('a missing required column names the sheet and the column', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('List 1').addRow(['Child Unique ID', 'Gender', 'Contact Source']);
    const path = join(dir, 'missing-column.xlsx');
    await workbook.xlsx.writeFile(path);
    const error = await readError(path, [1]);
    assert.match(error.message, /sheet "List 1" lacks the column "Date of Contact"/);
    assert.equal(error.line, 1);
  });

  test('empty and random files are one clear error', async () => {
    const empty = join(dir, 'empty.xlsx');
    await writeFile(empty, '');
    assert.match((await readError(empty)).message, /empty/);
    assert.match((await readError(join(FIX, 'random.xlsx'))).message, /not an Excel workbook/);
    assert.match((await readError(join(dir, 'absent.xlsx'))).message, /does not exist/);
  });
});
