import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell } from './indicator-export.ts';

test('CSV cells: text a spreadsheet would run as a formula is made inert; numbers and quotes as RFC 4180', () => {
  assert.equal(csvCell('=HYPERLINK("http://evil.example","x")'), `"'=HYPERLINK(""http://evil.example"",""x"")"`);
  for (const start of ['+', '-', '@', '\t', '\r']) assert.equal(csvCell(`${start}1`).replace(/^"/, '')[0], "'");
  assert.equal(csvCell(-3), '-3', 'a negative number stays a number');
  assert.equal(csvCell('Team A, north'), '"Team A, north"');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(true), 'true');
});
