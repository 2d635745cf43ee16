/** `kestrel sar --format pdf`: the report printed by Chromium (playwright-core, /usr/bin/chromium). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import { buildAllocation, buildChild, buildCouncil, buildTeam, buildWorker } from '../../records/factories.ts';

test('kestrel sar --format pdf writes a PDF of the child record and its access history', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-sar-pdf-'));
  const dataDir = join(dir, 'store');
  try {
    const store = await openMigratedStore({ dataDir });
    await buildCouncil(store, { la_code: '990' });
    await buildTeam(store, { la_code: '990', id: 'TA' });
    await buildWorker(store, { la_code: '990', id: 'WA1', team_id: 'TA' });
    await buildChild(store, { la_code: '990', id: 'C1', given_name: '<script>alert(1)</script>' });
    await buildAllocation(store, { la_code: '990', child_id: 'C1', worker_id: 'WA1', start_date: '2026-01-01' });
    await store.close();
    const file = join(dir, 'c1.pdf');
    const { code, err } = await run(['sar', 'C1', '-o', file, '--data-dir', dataDir]);
    assert.equal(code, 0, err);
    const pdf = readFileSync(file);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(err, /subject access report for child C1 \(1 tables, 1 audit rows\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
