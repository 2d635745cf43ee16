import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReturnFileError } from './return-file-error.ts';
import { validateXmlFile } from './xsd.ts';

const FIX = join(import.meta.dirname, 'fixtures');

describe('validateXmlFile', () => {
  test('a valid 2025 census gives no findings (year from its Header)', async () => {
    assert.deepEqual(await validateXmlFile(join(FIX, 'cin-xml', 'good-2025.xml'), 'cin'), []);
  });

  test("the wrong year's schema flags Sex where GenderCurrent was expected", async () => {
    const findings = await validateXmlFile(join(FIX, 'cin-xml', 'good-2025.xml'), 'cin', { year: 2024 });
    assert.equal(findings.length, 2);
    assert.deepEqual(
      findings.map((f) => [f.fields[0], f.source?.line, f.child]),
      [
        ['Sex', 24],
        ['Sex', 91],
      ].map(([field, line], i) => [field, line, ['TCIN0001', 'TCIN0002'][i]]),
    );
    assert.match(findings[0]?.message ?? '', /^Sex: This element is not expected/);
  });

  test('impossible dates and bad codes are findings with line, field and child', async () => {
    const findings = await validateXmlFile(join(FIX, 'cin-xml', 'no-header.xml'), 'cin', { year: 2024 });
    assert.deepEqual(
      findings.map((f) => f.fields[0]),
      // ReferralNFA holds `false` there: taken, as DfE rule 8568 takes it (the next test).
      ['PersonBirthDate', 'CINreferralDate', 'GenderCurrent'],
    );
    assert.equal(findings[0]?.source?.line, 7);
    assert.ok(findings.every((f) => f.code === 'XSD' && f.severity === 'error' && f.child === 'TCIN0009'));
  });

  test('past 5,000 problems the rest are counted in one finding, not described', async () => {
    // 5,200 children each with Sex where the 2024 schema wants GenderCurrent: 5,200 problems.
    const dir = await mkdtemp(join(tmpdir(), 'kestrel-xsd-cap-'));
    try {
      const good = await readFile(join(FIX, 'cin-xml', 'good-2025.xml'), 'utf8');
      const start = good.indexOf('<Child>');
      const end = good.lastIndexOf('</Child>') + '</Child>'.length;
      const big = join(dir, 'big.xml');
      await writeFile(big, good.slice(0, start) + good.slice(start, end).repeat(2600) + good.slice(end));
      const findings = await validateXmlFile(big, 'cin', { year: 2024 });
      assert.equal(findings.length, 5001);
      assert.ok(findings.slice(0, 5000).every((f) => f.fields[0] === 'Sex' && f.source?.line !== undefined));
      assert.equal(findings[4999]?.child, 'TCIN0002');
      assert.match(findings[5000]?.message ?? '', /^200 more schema problems are not listed \(the first 5,000 are\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the 903 schema flags an ISO date where dd/mm/yyyy is required', async () => {
    const findings = await validateXmlFile(join(FIX, '903-xml', 'good.xml'), '903');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.fields[0], 'DECOM');
    assert.equal(findings[0]?.child, 'T000001');
    assert.equal(findings[0]?.source?.line, 45);
  });

  test('a file that is not well-formed gives one finding where parsing stopped', async () => {
    const findings = await validateXmlFile(join(FIX, '903-xml', 'mismatched.xml'), '903');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.source?.line, 3);
    assert.match(findings[0]?.message ?? '', /not well-formed/);
  });

  test('an unknown year, a missing year, or an empty file is one clear error', async () => {
    await assert.rejects(
      validateXmlFile(join(FIX, 'cin-xml', 'good-2025.xml'), 'cin', { year: 2019 }),
      (e: unknown) => e instanceof ReturnFileError && /no CIN schema for 2019/.test(e.message),
    );
    await assert.rejects(
      validateXmlFile(join(FIX, 'cin-xml', 'no-header.xml'), 'cin'),
      (e: unknown) => e instanceof ReturnFileError && /which year/.test(e.message),
    );
    await assert.rejects(
      validateXmlFile(join(FIX, 'cin-xml', 'empty.xml'), 'cin'),
      (e: unknown) => e instanceof ReturnFileError && /empty/.test(e.message),
    );
  });

  test('yes/no items written true or false pass, as DfE rule 8568 allows; other words do not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kestrel-xsd-yesno-'));
    try {
      const good = await readFile(join(FIX, 'cin-xml', 'good-2025.xml'), 'utf8');
      const words = join(dir, 'words.xml');
      await writeFile(
        words,
        good
          .replace('<ICPCnotRequired>0</ICPCnotRequired>', '<ICPCnotRequired>False</ICPCnotRequired>')
          .replace('<ReferralNFA>0</ReferralNFA>', '<ReferralNFA>false</ReferralNFA>')
          .replace('<ReferralNFA>1</ReferralNFA>', '<ReferralNFA>true</ReferralNFA>'),
      );
      assert.deepEqual(await validateXmlFile(words, 'cin'), []);
      const yes = join(dir, 'yes.xml');
      await writeFile(yes, good.replace('<ReferralNFA>1</ReferralNFA>', '<ReferralNFA>yes</ReferralNFA>'));
      assert.deepEqual(
        (await validateXmlFile(yes, 'cin')).map((f) => [f.fields[0], f.source?.line]),
        [['ReferralNFA', 100]],
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a problem past line 65,535 is reported at its own line', async () => {
    const source = await readFile(join(FIX, 'cin-xml', 'good-2025.xml'), 'utf8');
    const start = source.indexOf('<Child>');
    const end = source.lastIndexOf('</Children>');
    const block = source.slice(start, end);
    const copies = Math.ceil(70_000 / block.split('\n').length);
    const bad = block.replace(/<Sex>[MFU]<\/Sex>/, '<Sex>Q</Sex>');
    const text = source.slice(0, start) + block.repeat(copies) + bad + source.slice(end);
    const line = text.slice(0, text.indexOf('<Sex>Q</Sex>')).split('\n').length;
    const dir = await mkdtemp(join(tmpdir(), 'kestrel-xsd-'));
    const path = join(dir, 'long.xml');
    try {
      await writeFile(path, text);
      const findings = await validateXmlFile(path, 'cin');
      assert.ok(line > 65_535);
      assert.deepEqual(
        findings.map((f) => [f.fields[0], f.source?.line]),
        [['Sex', line]],
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // Its speed is measured by `npm run bench -- returns`, never asserted here.
  test('a 30 MB census validates with no findings', async () => {
    const source = await readFile(join(FIX, 'cin-xml', 'good-2025.xml'), 'utf8');
    const start = source.indexOf('<Child>');
    const end = source.lastIndexOf('</Children>');
    const block = source.slice(start, end);
    const dir = await mkdtemp(join(tmpdir(), 'kestrel-xsd-'));
    const path = join(dir, 'big.xml');
    try {
      await writeFile(path, source.slice(0, start) + block.repeat(Math.ceil(30e6 / block.length)) + source.slice(end));
      const findings = await validateXmlFile(path, 'cin');
      assert.deepEqual(findings, []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
