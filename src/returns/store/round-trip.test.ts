// Export a factory-built council's 2024-25 returns, read the files back, import them into an empty
// store and compare the records; then re-import (nothing changes) and import a corrected return.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackends } from '../../store/testing.ts';
import { buildCouncil, TEST_LA } from '../../records/factories.ts';
import { write903Csv } from '../io/write-903-csv.ts';
import { write903Xml } from '../io/write-903-xml.ts';
import { writeCinXml } from '../io/write-cin-xml.ts';
import { export903 } from './export-903.ts';
import { exportCin } from './export-cin.ts';
import { import903 } from './import-903.ts';
import { importCin } from './import-cin.ts';
import { buildReturnsCouncil, RETURN_COLUMNS, RETURN_YEAR, snapshot } from './test-council.ts';
import { validate903, validateCin } from './validate.ts';
import { exportAnnexA } from './export-annexa.ts';
import { importAnnexA, readAnnexA } from './import-annexa.ts';
import { writeAnnexAXlsx } from '../io/write-annexa-xlsx.ts';
import type { Finding } from '../findings.ts';

const TABLES_903 = [
  'care_period',
  'placement',
  'cla_episode',
  'cla_review',
  'missing_episode',
  'health_outcome',
  'previous_permanence',
  'adoption',
  'care_leaver_contact',
];
const ALL = Object.keys(RETURN_COLUMNS);

function errors(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.source?.file}:${f.source?.line} ${f.child} ${f.message}`);
}

for (const backend of testBackends()) {
  describe(`returns round trip (${backend.name})`, () => {
    test('903 CSV and CIN XML exports import back to the same records; a re-import changes nothing', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kestrel-rt-'));
      const source = await backend.open();
      const target = await backend.open();
      try {
        await buildReturnsCouncil(source);
        const before = await snapshot(source, ALL);
        await write903Csv(join(dir, '903'), (await export903(source, TEST_LA, RETURN_YEAR)).current);
        await writeCinXml(join(dir, 'cin.xml'), await exportCin(source, TEST_LA, RETURN_YEAR));

        const v903 = await validate903([join(dir, '903')], {});
        assert.equal(v903.dataset.meta.year, RETURN_YEAR, 'year inferred from the latest date');
        assert.deepEqual(errors(v903.findings), [], 'our 903 export passes our validator');
        const vcin = await validateCin(join(dir, 'cin.xml'), {});
        assert.deepEqual(errors(vcin.findings), [], 'our CIN export passes the XSD and our validator');

        await buildCouncil(target, { la_code: TEST_LA });
        await target.transaction((tx) => import903({ db: tx, laCode: TEST_LA }, v903.dataset));
        await target.transaction((tx) => importCin({ db: tx, laCode: TEST_LA }, vcin.dataset));
        assert.deepEqual(await snapshot(target, ALL), before);

        const again = {
          ...(await import903({ db: target, laCode: TEST_LA }, v903.dataset)),
          ...(await importCin({ db: target, laCode: TEST_LA }, vcin.dataset)),
        };
        for (const [table, counts] of Object.entries(again)) {
          assert.deepEqual(
            [counts.inserted, counts.updated, counts.deleted ?? 0],
            [0, 0, 0],
            `re-import touched ${table}`,
          );
        }
        assert.deepEqual(await snapshot(target, ALL), before);
      } finally {
        await source.close();
        await target.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('903 XML export imports back to the same care records', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kestrel-rtx-'));
      const source = await backend.open();
      const target = await backend.open();
      try {
        await buildReturnsCouncil(source);
        await write903Xml(join(dir, '903.xml'), (await export903(source, TEST_LA, RETURN_YEAR)).current);
        const read = await validate903([join(dir, '903.xml')], { year: RETURN_YEAR });
        assert.equal(read.format, 'xml');
        assert.deepEqual(errors(read.findings), []);
        await buildCouncil(target, { la_code: TEST_LA });
        await import903({ db: target, laCode: TEST_LA }, read.dataset);
        assert.deepEqual(await snapshot(target, TABLES_903), await snapshot(source, TABLES_903));
      } finally {
        await source.close();
        await target.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('a later return updates what changed and removes what it withdrew', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kestrel-rtu-'));
      const store = await backend.open();
      try {
        await buildReturnsCouncil(store);
        const folder = join(dir, '903');
        await write903Csv(folder, (await export903(store, TEST_LA, RETURN_YEAR)).current);
        const reviews = join(folder, 'reviews.csv');
        const lines = readFileSync(reviews, 'utf8').split('\r\n');
        // The second review of RT0001 corrected to PN3; RT0002's review withdrawn.
        const edited = lines
          .filter((line) => !line.startsWith('RT0002,'))
          .map((line) => (line.includes('20/09/2024') ? line.replace('PN1', 'PN3') : line));
        writeFileSync(reviews, edited.join('\r\n'));
        const read = await validate903([folder], { year: RETURN_YEAR });
        const counts = await store.transaction((tx) => import903({ db: tx, laCode: TEST_LA }, read.dataset));
        assert.deepEqual(counts['cla_review'], { inserted: 0, updated: 1, deleted: 1 });
        assert.equal(counts['cla_episode']?.updated, 0);
        const rows = await store.query(
          'SELECT child_id, review_date, participation FROM cla_review ORDER BY child_id, review_date',
        );
        assert.deepEqual(rows, [
          { child_id: 'RT0001', review_date: '2024-06-24', participation: 'PN1' },
          { child_id: 'RT0001', review_date: '2024-09-20', participation: 'PN3' },
        ]);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('Annex A lists export as at a date and import into an empty store as new children and their need records', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kestrel-rta-'));
      const source = await backend.open();
      const target = await backend.open();
      try {
        await buildReturnsCouncil(source);
        const annexA = await exportAnnexA(source, TEST_LA, '2025-03-31');
        assert.deepEqual(annexA[3], [], 'no referral in the six months to the date');
        assert.deepEqual(
          annexA[6]?.map((r) => [r.childId, r.cinStart, r.cinClosure, r.caseStatus]),
          [
            ['RT0005', '2024-05-07', '2025-02-10', 'e) Closed'],
            ['RT0006', '2024-07-01', null, 'b) Child protection plan'],
          ],
        );
        assert.deepEqual(
          annexA[7]?.map((r) => [r.childId, r.cppStart, r.initialCategory, r.latestReview]),
          [['RT0006', '2024-07-22', 'NEG', '2024-10-14']],
        );
        assert.deepEqual(annexA[8]?.map((r) => [r.childId, r.lookedAfterStart, r.lookedAfterEnd]).sort(), [
          ['RT0001', '2024-06-03', '2025-02-03'],
          ['RT0002', '2023-01-09', null],
          ['RT0003', '2023-05-02', '2025-01-20'],
        ]);
        await writeAnnexAXlsx(join(dir, 'annexa.xlsx'), annexA);
        const read = await readAnnexA(join(dir, 'annexa.xlsx'));
        assert.deepEqual(read.findings, []);
        await buildCouncil(target, { la_code: TEST_LA });
        const counts = await target.transaction((tx) => importAnnexA({ db: tx, laCode: TEST_LA }, read.annexA));
        assert.equal(counts['child']?.inserted, 5, 'all but the care leaver, who has no care_leaver row (list 9)');
        // Annex A has no ICPC target date, so the enquiry is compared by its conference.
        assert.deepEqual(
          await snapshot(target, ['cp_plan', 'initial_conference']),
          await snapshot(source, ['cp_plan', 'initial_conference']),
        );
        // List 8 gives each period of care (one episode with the latest codes), and so list 10 its adoption.
        assert.deepEqual(await snapshot(target, ['care_period']), await snapshot(source, ['care_period']));
        assert.deepEqual(
          (await snapshot(target, ['adoption']))['adoption']?.map((r) => (r as { child_id: string }).child_id),
          ['RT0003'],
        );
        const list8 = (a: typeof annexA) =>
          a[8]?.map((r) => [
            r.childId,
            r.lookedAfterStart,
            r.lookedAfterEnd,
            r.reasonCeased,
            r.legalStatus,
            r.categoryOfNeed,
            r.placementType,
            r.urn,
          ]);
        assert.deepEqual(list8(await exportAnnexA(target, TEST_LA, '2025-03-31')), list8(annexA));
        const again = await importAnnexA({ db: target, laCode: TEST_LA }, read.annexA);
        assert.ok(
          Object.values(again).every((c) => c.inserted === 0 && c.updated === 0),
          're-import adds nothing',
        );
      } finally {
        await source.close();
        await target.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
