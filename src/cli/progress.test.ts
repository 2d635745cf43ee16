import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressLine, startProgress } from './progress.ts';

/** A stderr stand-in that is not a terminal, and a clock the test moves by hand. */
function fakes(isTTY = false) {
  const lines: string[] = [];
  let clock = 1_000_000;
  return {
    lines,
    stream: { isTTY, write: (text: string) => lines.push(text) },
    now: () => clock,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

test('not a terminal: one plain line per interval with percent, rate and time left, then done', () => {
  const f = fakes();
  const progress = startProgress('importing cin', { stream: f.stream, now: f.now, intervalMs: 5000, heartbeat: false });
  progress.update(10, 1000, 'reading');
  f.advance(1000);
  progress.update(200, 1000, 'reading');
  assert.deepEqual(f.lines, [], 'nothing before the first interval: short work stays quiet');
  f.advance(4000);
  progress.update(500, 1000, 'loading child');
  assert.deepEqual(f.lines, ['importing cin: 50% (500 of 1,000), 100/s, about 5s left, loading child\n']);
  f.advance(1000);
  progress.update(600, 1000);
  assert.equal(f.lines.length, 1, 'at most one line per interval');
  f.advance(5000);
  progress.update(1000, 1000);
  assert.equal(f.lines[1], 'importing cin: 100% (1,000 of 1,000), 91/s\n');
  progress.stop();
  assert.equal(f.lines[2], 'importing cin: done in 11s\n');
});

test('quiet writes nothing; short work writes nothing and no closing line', () => {
  const quiet = fakes();
  const silenced = startProgress('synth', { quiet: true, stream: quiet.stream, now: quiet.now, heartbeat: false });
  quiet.advance(60_000);
  silenced.update(1, 2);
  silenced.stop();
  assert.deepEqual(quiet.lines, []);

  const short = fakes();
  const progress = startProgress('validate', { stream: short.stream, now: short.now, heartbeat: false });
  progress.update(1, 2);
  progress.stop();
  assert.deepEqual(short.lines, []);
});

test('the line reads well for unknown rates and long waits', () => {
  assert.equal(progressLine('export 903', 0, 10, undefined, 0), 'export 903: 0% (0 of 10)');
  assert.equal(
    progressLine('synth', 30, 100, 'loading child', 600_000),
    'synth: 30% (30 of 100), 0.1/s, about 23m 20s left, loading child',
  );
});
