// Annex A lists 8 (children in care) and 11 (adopters) into the store: small hand-made workbooks
// written with the Annex A writer, read back as `kestrel import annexa` reads them. Synthetic people only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { buildCouncil, TEST_LA } from '../../records/factories.ts';
import { columnsOf, type AnnexA, type AnnexAListNumber, type AnnexARowOf } from '../io/annexa-lists.ts';
import { writeAnnexAXlsx } from '../io/write-annexa-xlsx.ts';
import { exportAnnexA } from './export-annexa.ts';
import { importAnnexA, readAnnexA } from './import-annexa.ts';
import { buildReturnsCouncil, snapshot } from './test-council.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kestrel-annexa-import-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A row of list N with every column not given blank. */
function rowOf<N extends AnnexAListNumber>(list: N, values: Partial<AnnexARowOf<N>>): AnnexARowOf<N> {
  return { ...Object.fromEntries(columnsOf(list).map((c) => [c.key, null])), ...values } as AnnexARowOf<N>;
}

function child(
  id: string,
  dateOfBirth: string,
): { childId: string; gender: string; ethnicity: string; dateOfBirth: string } {
  return { childId: id, gender: 'b) Female', ethnicity: 'WBRI', dateOfBirth };
}

const CARE: AnnexA = {
  8: [
    // New, under 4: care from the list, with its review (PN0), visit and health assessment.
    rowOf(8, {
      ...child('AX0001', '2022-05-01'),
      lookedAfterStart: '2024-09-02',
      legalStatus: 'C1 - Interim care order',
      categoryOfNeed: 'N1',
      placementType: 'a) U6',
      placementProvider: 'PR1',
      placementPostcode: 'ab1  2cd',
      urn: 'SC123456',
      latestReview: '2024-09-20',
      lastVisit: '2024-10-01',
      lastHealthAssessment: '2024-09-10',
    }),
    // New, ceased; aged 14 at the review, whose participation Annex A does not give.
    rowOf(8, {
      ...child('AX0002', '2010-03-03'),
      lookedAfterStart: '2024-04-01',
      lookedAfterEnd: '2024-12-01',
      reasonCeased: 'E13',
      legalStatus: 'V2',
      categoryOfNeed: 'N4',
      placementType: 'U4',
      latestReview: '2024-11-01',
    }),
    // New, but the legal status is a label, not a code: no care is made, and a query says why.
    rowOf(8, {
      ...child('AX0003', '2012-01-01'),
      lookedAfterStart: '2024-05-01',
      legalStatus: 'Full care order',
      categoryOfNeed: 'N1',
      placementType: 'U6',
    }),
    // The 903 gave RT0002's care (test-council.ts): the list's other codes change nothing; the visit is new.
    rowOf(8, {
      ...child('RT0002', '2014-02-01'),
      lookedAfterStart: '2023-01-09',
      legalStatus: 'V2',
      categoryOfNeed: 'N5',
      placementType: 'K2',
      lastVisit: '2024-08-01',
    }),
  ],
};

const NO: Partial<AnnexARowOf<11>> = { disability: 'No', ffa: 'No' };
const ADOPTERS: AnnexA = {
  11: [
    // A couple who adopted in the year to 31 March 2025.
    ...['AD001', 'AD002'].map((id, i) =>
      rowOf(11, {
        ...NO,
        adopterId: id,
        familyId: 'F01',
        gender: i === 0 ? 'a) Male' : 'b) Female',
        ethnicity: i === 0 ? 'WBRI' : 'a) WIRI',
        disability: i === 0 ? 'No' : 'Yes',
        enquiryReceived: '2023-10-02',
        stage1Start: '2023-11-01',
        stage1End: '2023-12-20',
        stage2Start: '2024-01-05',
        stage2End: '2024-04-30',
        applicationSubmitted: '2024-01-05',
        approved: '2024-05-20',
        matched: '2024-07-01',
        childPlaced: '2024-07-15',
        childrenPlaced: '1',
        adoptionOrder: '2025-01-10',
      }),
    ),
    rowOf(11, {
      adopterId: 'AD003',
      familyId: 'F02',
      gender: 'Female',
      ethnicity: 'BAFR - African',
      ffa: 'Y',
      enquiryReceived: '2024-06-01',
      stage1Start: '2024-07-01',
      leftProcess: '2024-08-15',
      reasonLeft: 'Withdrew',
    }),
    // Left long before the window: stored, but not in the list as at 31 March 2025.
    rowOf(11, {
      ...NO,
      adopterId: 'AD004',
      familyId: 'F03',
      gender: 'M',
      ethnicity: 'WBRI',
      enquiryReceived: '2022-01-10',
      leftProcess: '2022-03-01',
      reasonLeft: 'b) On hold',
    }),
    // Values that are not the list's: stored blank, each with a query.
    rowOf(11, {
      ...NO,
      adopterId: 'AD005',
      gender: 'd) Neither',
      ethnicity: 'White British',
      enquiryReceived: '2024-10-01',
      childrenPlaced: 'two',
    }),
    // Stage 1 ends before it starts: not stored.
    rowOf(11, {
      ...NO,
      adopterId: 'AD006',
      enquiryReceived: '2024-04-02',
      stage1Start: '2024-05-01',
      stage1End: '2024-04-01',
    }),
  ],
};

async function readBack(name: string, annexA: AnnexA): Promise<Awaited<ReturnType<typeof readAnnexA>>> {
  const path = join(dir, name);
  await writeAnnexAXlsx(path, annexA);
  return readAnnexA(path);
}

function untouched(counts: Record<string, { inserted: number; updated: number }>): string[] {
  return Object.entries(counts)
    .filter(([, c]) => c.inserted + c.updated > 0)
    .map(([table, c]) => `${table} +${c.inserted} ~${c.updated}`);
}

const CARE_TABLES = ['care_period', 'placement', 'cla_episode', 'cla_review'];

async function careOf(db: Db, childId: string): Promise<Record<string, unknown[]>> {
  const all = await snapshot(db, CARE_TABLES);
  return Object.fromEntries(
    Object.entries(all).map(([table, rows]) => [
      table,
      rows.filter((r) => (r as { child_id: string }).child_id === childId),
    ]),
  );
}

for (const backend of testBackends()) {
  describe(`Annex A lists 8 and 11 into the store (${backend.name})`, () => {
    test('list 8 makes care for a new child, leaves the care the 903 gave, and a re-import changes nothing', async () => {
      const db = await backend.open();
      try {
        await buildReturnsCouncil(db);
        const before903 = await careOf(db, 'RT0002');
        const read = await readBack('care.xlsx', CARE);
        assert.deepEqual(
          read.findings.map((f) => [f.severity, f.code, f.source?.file, f.source?.line, f.child, f.fields]),
          [['query', 'ANNEXA-CODE', 'care.xlsx (List 8)', 4, 'AX0003', ["Child's Legal Status"]]],
        );
        assert.match(
          read.findings[0]!.message,
          /"Full care order" is not a 903 legal status \(LS\); expected one of C1, C2, .*No care record is made from this row/,
        );

        const counts = await db.transaction((tx) => importAnnexA({ db: tx, laCode: TEST_LA }, read.annexA));
        for (const table of ['care_period', 'placement', 'cla_episode'])
          assert.deepEqual(counts[table], { inserted: 2, updated: 0 }, table);
        assert.deepEqual(counts['cla_review'], { inserted: 1, updated: 0 });
        assert.deepEqual(counts['visit'], { inserted: 2, updated: 0 }, 'AX0001 and RT0002');
        assert.deepEqual(await careOf(db, 'AX0001'), {
          care_period: [{ child_id: 'AX0001', start_date: '2024-09-02', end_date: null, short_breaks_only: false }],
          placement: [
            {
              child_id: 'AX0001',
              start_date: '2024-09-02',
              end_date: null,
              placement_type: 'U6',
              provider: 'PR1',
              postcode: 'AB1 2CD',
              urn: 'SC123456',
            },
          ],
          cla_episode: [
            {
              child_id: 'AX0001',
              start_date: '2024-09-02',
              reason_new: 'S',
              legal_status: 'C1',
              category_of_need: 'N1',
              placement_type: 'U6',
              provider: 'PR1',
              placement_postcode: 'ab1  2cd',
              urn: 'SC123456',
              end_date: null,
              reason_ceased: null,
              reason_place_change: null,
            },
          ],
          cla_review: [{ child_id: 'AX0001', review_date: '2024-09-20', participation: 'PN0' }],
        });
        const ceased = await careOf(db, 'AX0002');
        assert.deepEqual(ceased['care_period'], [
          { child_id: 'AX0002', start_date: '2024-04-01', end_date: '2024-12-01', short_breaks_only: false },
        ]);
        assert.deepEqual(
          (ceased['cla_episode'] as { end_date: string; reason_ceased: string }[]).map((e) => [
            e.end_date,
            e.reason_ceased,
          ]),
          [['2024-12-01', 'E13']],
        );
        assert.deepEqual(ceased['cla_review'], [], 'no participation code for a child of 4 or over');
        assert.deepEqual(Object.values(await careOf(db, 'AX0003')).flat(), []);
        assert.deepEqual(await careOf(db, 'RT0002'), before903);
        assert.deepEqual(
          await db.query(
            "SELECT child_id, visit_date, kind, seen FROM visit WHERE child_id IN ('AX0001', 'RT0002') ORDER BY child_id",
          ),
          [
            { child_id: 'AX0001', visit_date: '2024-10-01', kind: 'cla', seen: true },
            { child_id: 'RT0002', visit_date: '2024-08-01', kind: 'cla', seen: true },
          ],
        );
        assert.deepEqual(await db.query('SELECT child_id, kind, check_date FROM health_check'), [
          { child_id: 'AX0001', kind: 'health_assessment', check_date: '2024-09-10' },
        ]);
        // The history horizon: lists 1 to 8 cover the six months before the inspection, whose date the
        // workbook does not give; its latest date (AX0002's end of care, 1 December 2024) stands for it.
        assert.deepEqual(
          await db.query(
            "SELECT id, history_from::text AS from FROM child WHERE id IN ('AX0001', 'AX0002', 'RT0001', 'RT0002') ORDER BY id",
          ),
          [
            { id: 'AX0001', from: '2024-06-02' },
            { id: 'AX0002', from: '2024-06-02' },
            { id: 'RT0001', from: null },
            { id: 'RT0002', from: '2024-06-02' },
          ],
        );

        assert.deepEqual(
          untouched(await importAnnexA({ db: db, laCode: TEST_LA }, read.annexA)),
          [],
          're-import changes nothing',
        );
      } finally {
        await db.close();
      }
    });

    test('list 11 lands in the adopter table; a re-import changes nothing and a later list updates what changed', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db, { la_code: TEST_LA });
        const read = await readBack('adopters.xlsx', ADOPTERS);
        assert.deepEqual(
          read.findings.map((f) => [f.severity, f.code, f.source?.line, f.fields[0]]),
          [
            ['query', 'ANNEXA-CODE', 6, 'Gender'],
            ['query', 'ANNEXA-CODE', 6, 'Ethnicity'],
            ['query', 'ANNEXA-CODE', 6, 'No. of children placed'],
            ['query', 'ANNEXA-ORDER', 7, 'Stage 1 End Date'],
          ],
        );
        assert.match(
          read.findings[3]!.message,
          /Stage 1 End Date \(2024-04-01\) is before Stage 1 Start Date \(2024-05-01\)\. The adopter is not stored\./,
        );

        const counts = await db.transaction((tx) => importAnnexA({ db: tx, laCode: TEST_LA }, read.annexA));
        assert.deepEqual(counts['adopter'], { inserted: 5, updated: 0 });
        const rows = await db.query('SELECT * FROM adopter ORDER BY id');
        assert.deepEqual(
          rows.map((r) => r['id']),
          ['AD001', 'AD002', 'AD003', 'AD004', 'AD005'],
        );
        assert.deepEqual(rows[1], {
          la_code: TEST_LA,
          id: 'AD002',
          family_id: 'F01',
          sex: 'F',
          ethnicity: 'WIRI',
          disabled: true,
          ffa: false,
          enquiry_date: '2023-10-02',
          stage1_start: '2023-11-01',
          stage1_end: '2023-12-20',
          stage2_start: '2024-01-05',
          stage2_end: '2024-04-30',
          application_date: '2024-01-05',
          approval_date: '2024-05-20',
          match_date: '2024-07-01',
          placed_date: '2024-07-15',
          children_placed: 1,
          order_date: '2025-01-10',
          left_date: null,
          left_reason: null,
        });
        assert.deepEqual(
          rows
            .slice(2)
            .map((r) => [
              r['sex'],
              r['ethnicity'],
              r['disabled'],
              r['ffa'],
              r['left_date'],
              r['left_reason'],
              r['children_placed'],
            ]),
          [
            ['F', 'BAFR', null, true, '2024-08-15', 'withdrew', null],
            ['M', 'WBRI', false, false, '2022-03-01', 'on_hold', null],
            [null, null, false, false, null, null, null],
          ],
        );

        assert.deepEqual(
          untouched(await importAnnexA({ db: db, laCode: TEST_LA }, read.annexA)),
          [],
          're-import changes nothing',
        );
        const later = structuredClone(ADOPTERS);
        later[11]![4] = { ...later[11]![4]!, stage1Start: '2024-11-01', gender: 'Male' };
        const laterRead = await readBack('adopters-later.xlsx', later);
        assert.deepEqual(untouched(await importAnnexA({ db: db, laCode: TEST_LA }, laterRead.annexA)), [
          'adopter +0 ~1',
        ]);
        assert.deepEqual(await db.query("SELECT sex, stage1_start, ethnicity FROM adopter WHERE id = 'AD005'"), [
          { sex: 'M', stage1_start: '2024-11-01', ethnicity: null },
        ]);
      } finally {
        await db.close();
      }
    });

    test('list 11 exports the families active in the twelve months to the date, and export, import, export round-trips', async () => {
      const first = await backend.open();
      const second = await backend.open();
      try {
        await buildCouncil(first, { la_code: TEST_LA });
        await importAnnexA({ db: first, laCode: TEST_LA }, (await readBack('adopters-in.xlsx', ADOPTERS)).annexA);
        const exported = await exportAnnexA(first, TEST_LA, '2025-03-31');
        assert.deepEqual(
          exported[11]?.map((r) => [r.adopterId, r.familyId, r.gender, r.reasonLeft]),
          [
            ['AD005', null, null, null],
            ['AD001', 'F01', 'a) Male', null],
            ['AD002', 'F01', 'b) Female', null],
            ['AD003', 'F02', 'b) Female', 'Withdrew'],
          ],
        );
        const asAtEarlier = await exportAnnexA(first, TEST_LA, '2024-07-31');
        assert.deepEqual(
          asAtEarlier[11]?.find((r) => r.adopterId === 'AD001')?.adoptionOrder,
          null,
          'the order is not yet known then',
        );
        assert.deepEqual(asAtEarlier[11]?.find((r) => r.adopterId === 'AD001')?.childPlaced, '2024-07-15');

        const read = await readBack('adopters-out.xlsx', { 11: exported[11] });
        assert.deepEqual(read.findings, []);
        await buildCouncil(second, { la_code: TEST_LA });
        assert.deepEqual(
          (await second.transaction((tx) => importAnnexA({ db: tx, laCode: TEST_LA }, read.annexA)))['adopter'],
          { inserted: 4, updated: 0 },
        );
        assert.deepEqual((await exportAnnexA(second, TEST_LA, '2025-03-31'))[11], exported[11]);
      } finally {
        await first.close();
        await second.close();
      }
    });
  });
}
