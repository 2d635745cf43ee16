// Returns as councils' systems write them: CIN yes/no items as true/false (DfE rule 8568 allows both),
// a UTF-8 byte order mark, CRLF or LF line endings, dates with spaces around them. Each imports as the
// clean return does. A 903 CSV date written yyyy-mm-dd is flagged (the DfE reads dd/mm/yyyy).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { buildReturnsCouncil, RETURN_YEAR, snapshot } from './test-council.ts';
import { validate903, validateCin } from './validate.ts';

const BOM = '\ufeff';
const CIN_TABLES = ['referral', 'assessment', 'cin_plan', 's47_enquiry', 'initial_conference', 'cp_plan', 'cp_review'];
const TABLES_903 = ['care_period', 'placement', 'cla_episode', 'cla_review', 'missing_episode'];

function errorsOf(findings: readonly { severity: string; code: string; message: string }[]): string[] {
  return findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.message}`);
}

for (const backend of testBackends()) {
  describe(`returns as real systems write them (${backend.name})`, () => {
    let source: Store;
    let dir: string;

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'kestrel-real-files-'));
      source = await backend.open();
      await buildReturnsCouncil(source);
      await write903Csv(join(dir, 'clean-903'), (await export903(source, TEST_LA, RETURN_YEAR)).current);
      await writeCinXml(join(dir, 'clean-cin.xml'), await exportCin(source, TEST_LA, RETURN_YEAR));
    });
    after(async () => {
      await source.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a CIN census with true/false, a BOM, CRLF and spaced dates imports as the clean one', async () => {
      const clean = readFileSync(join(dir, 'clean-cin.xml'), 'utf8');
      assert.match(clean, /<ReferralNFA>0<\/ReferralNFA>/);
      assert.match(clean, /<CINreferralDate>2024-07-01<\/CINreferralDate>/);
      const real =
        BOM +
        clean
          .replaceAll('<ReferralNFA>0</ReferralNFA>', '<ReferralNFA>false</ReferralNFA>')
          .replaceAll('<ICPCnotRequired>0</ICPCnotRequired>', '<ICPCnotRequired>False</ICPCnotRequired>')
          .replace('<CINreferralDate>2024-07-01</CINreferralDate>', '<CINreferralDate> 2024-07-01 </CINreferralDate>')
          .replace(/\r?\n/g, '\r\n');
      const file = join(dir, 'real-cin.xml');
      writeFileSync(file, real);
      const validated = await validateCin(file, {});
      assert.deepEqual(errorsOf(validated.findings), []);
      const target = await backend.open();
      try {
        await importValidated(
          target,
          { file, laCode: TEST_LA, findings: validated.findings, kind: 'cin', collectionYear: RETURN_YEAR },
          (context) => importCin(context, validated.dataset),
        );
        assert.deepEqual(await snapshot(target, CIN_TABLES), await snapshot(source, CIN_TABLES));
        const [history] = await target.query<{ from: string }>(
          'SELECT DISTINCT history_from::text AS from FROM child WHERE la_code = $1',
          [TEST_LA],
        );
        assert.equal(history?.from, '2024-04-01', 'the CIN collection year starts on 1 April 2024');
      } finally {
        await target.close();
      }
    });

    test('a 903 CSV set with a BOM, LF endings and spaced dates imports as the clean one', async () => {
      const folder = join(dir, 'real-903');
      mkdirSync(folder);
      for (const entry of readdirSync(join(dir, 'clean-903'))) {
        const text = readFileSync(join(dir, 'clean-903', entry), 'utf8');
        assert.ok(text.includes('\r\n'), 'the clean export has CRLF endings');
        const lf = text.replaceAll('\r\n', '\n').replace('03/06/2024', ' 03/06/2024 ');
        writeFileSync(join(folder, entry), BOM + (entry === 'reviews.csv' ? text : lf));
      }
      const validated = await validate903([folder], { year: RETURN_YEAR });
      assert.deepEqual(errorsOf(validated.findings), []);
      const target = await backend.open();
      try {
        await importValidated(
          target,
          { file: folder, laCode: TEST_LA, findings: validated.findings, kind: '903' },
          (context) => import903(context, validated.dataset),
        );
        assert.deepEqual(await snapshot(target, TABLES_903), await snapshot(source, TABLES_903));
      } finally {
        await target.close();
      }
    });

    test('a 903 CSV date written yyyy-mm-dd is an error naming file, line, column and child', async () => {
      const folder = join(dir, 'iso-903');
      mkdirSync(folder);
      for (const entry of readdirSync(join(dir, 'clean-903'))) {
        const text = readFileSync(join(dir, 'clean-903', entry), 'utf8');
        writeFileSync(join(folder, entry), entry === 'episodes.csv' ? text.replace('03/06/2024', '2024-06-03') : text);
      }
      const validated = await validate903([folder], { year: RETURN_YEAR });
      const iso = validated.findings.filter((f) => f.code === 'CSV-DATE');
      assert.deepEqual(
        iso.map((f) => [f.severity, f.source?.file, f.source?.line, f.fields[0], f.child]),
        [['error', 'episodes.csv', 2, 'DECOM', 'RT0001']],
      );
      assert.match(
        iso[0]!.message,
        /DECOM is written 2024-06-03: dates in the 903 CSV files are dd\/mm\/yyyy \(03\/06\/2024\)/,
      );
    });
  });
}
