import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startXsdAside } from './xsd-aside.ts';
import { peekHeaderYear, validateXmlFile } from './xsd.ts';

const FIX = join(import.meta.dirname, 'fixtures');

describe('startXsdAside', () => {
  test('the worker gives the findings validateXmlFile gives, with line, field and child', async () => {
    const file = join(FIX, 'cin-xml', 'no-header.xml');
    const aside = startXsdAside(file, 'cin', 2024);
    const findings = await aside.findings(2024);
    assert.equal(findings.length, 3); // the two yes/no items written false pass (rule 8568)
    assert.deepEqual(findings, await validateXmlFile(file, 'cin', { year: 2024 }));
  });

  test("a year settled after the start is checked against that year's schema", async () => {
    const file = join(FIX, 'cin-xml', 'good-2025.xml');
    const aside = startXsdAside(file, 'cin', 2025);
    assert.deepEqual(
      (await aside.findings(2024)).map((f) => [f.fields[0], f.source?.line]),
      [
        ['Sex', 24],
        ['Sex', 91],
      ],
    );
  });

  test('a file the worker cannot check is reported as validateXmlFile reports it', async () => {
    const file = join(FIX, 'cin-xml', 'good-2025.xml');
    const aside = startXsdAside(file, 'cin', 1999);
    await assert.rejects(aside.findings(1999), /no CIN schema for 1999/);
  });

  test('stop ends a check no one waits for', async () => {
    const aside = startXsdAside(join(FIX, '903-xml', 'good.xml'), '903', undefined);
    aside.stop();
    assert.equal((await aside.findings(undefined)).length, 1);
  });

  test('peekHeaderYear reads the Header Year, and gives undefined for a missing file', async () => {
    assert.equal(await peekHeaderYear(join(FIX, 'cin-xml', 'good-2025.xml')), 2025);
    assert.equal(await peekHeaderYear(join(FIX, 'cin-xml', 'missing.xml')), undefined);
  });
});
