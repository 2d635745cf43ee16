import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel as run } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import { buildCouncil } from '../../records/factories.ts';

test('kestrel measures import saves a good file and refuses a bad one whole, naming its lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-measures-'));
  try {
    const dataDir = join(dir, 'store');
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup);
    await setup.close();

    const good = join(dir, 'good.csv');
    writeFileSync(
      good,
      'indicator_id,period_from,period_to,value,note\nservice-resources,2024-04-01,2024-06-30,1250000,staffing\n',
    );
    const saved = await run(['measures', 'import', good, '--data-dir', dataDir, '--entered-by', 'analyst']);
    assert.equal(saved.code, 0, saved.err);
    assert.match(saved.out, /saved 1 value\(s\) for council 990/);

    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'indicator_id,period_from,period_to,value\nservice-resources,2024-07-01,2024-09-30,5\ncla-at-date,2024-07-01,2024-09-30,5\nservice-resources,2024-07-01,2024-09-31,x\n',
    );
    const refused = await run(['measures', 'import', bad, '--data-dir', dataDir]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /bad\.csv:3: indicator_id: cla-at-date is not a manual measure/);
    assert.match(refused.err, /bad\.csv:4: period_to/);
    assert.match(refused.err, /nothing saved; 3 error\(s\) in 2 row\(s\)/);

    const store = await openMigratedStore({ dataDir });
    const rows = await store.query<{ period_from: string; entered_by: string }>(
      'SELECT period_from, entered_by FROM measure_value',
    );
    await store.close();
    assert.deepEqual(rows, [{ period_from: '2024-04-01', entered_by: 'analyst' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
