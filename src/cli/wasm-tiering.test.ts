// Which commands run the store's WebAssembly on the baseline compiler alone: the short ones. A server
// or a bulk load that lost the optimising compiler would run minutes slower, so the split is pinned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baselineWasmOnly, commandOf } from './wasm-tiering.ts';

const line = (...args: string[]) => ['/usr/bin/node', '/app/bin/kestrel.js', ...args];

test('the subcommand is the first argument that is not an option', () => {
  assert.equal(commandOf(line('-q', 'indicators', '--at', '2026-03-31')), 'indicators');
  assert.equal(commandOf(line('--help')), undefined);
});

test('short commands skip tier-up; the server, demo, bulk loads, exports, validation and documents keep it', () => {
  for (const command of ['indicators', 'drift', 'workload', 'db'])
    assert.equal(baselineWasmOnly(line(command, '--data-dir', 'x')), true, command);
  for (const command of ['serve', 'demo', 'synth', 'import', 'export', 'validate', 'scorecard', 'report'])
    assert.equal(baselineWasmOnly(line('--quiet', command)), false, command);
  assert.equal(baselineWasmOnly(line('--help')), false);
});

test('a series is long work whatever the command: it keeps tier-up', () => {
  assert.equal(baselineWasmOnly(line('indicators', '--at', '2026-03-31', '--series', '24')), false);
  assert.equal(baselineWasmOnly(line('indicators', '--series=24')), false);
  assert.equal(baselineWasmOnly(line('indicators', '--at', '2026-03-31', '--period', 'ytd')), true);
});
