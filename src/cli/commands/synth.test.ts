import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';

test('kestrel synth: bad input gives one line, a non-zero exit, and leaves the store untouched', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kestrel-synth-cli-'));
  try {
    const store = await openMigratedStore({ dataDir });
    await store.query(`INSERT INTO council (la_code, name) VALUES ('990', 'Kestrel Synthetic Borough')`);
    await store.close();
    for (const args of [
      ['--population', '0'],
      ['--population', '10000000'],
      ['--like', '999'],
      ['--bogus'],
      ['--la', '990', '--like', '929'],
      ['--population', '5000'],
    ]) {
      const { code, err: stderr } = await run(['synth', '--data-dir', dataDir, ...args]);
      assert.notEqual(code, 0, args.join(' '));
      const lines = stderr.trim().split('\n');
      assert.equal(lines.length, 1, `${args.join(' ')}: ${stderr}`);
    }
    const after = await openMigratedStore({ dataDir });
    const rows = await after.query<{ n: number }>(
      'SELECT (SELECT count(*) FROM council) + (SELECT count(*) FROM child) + (SELECT count(*) FROM audit_log) AS n',
    );
    await after.close();
    assert.equal(Number(rows[0]?.n), 1, 'only the council row inserted above');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
