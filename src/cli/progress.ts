/**
 * One progress reporter for long work, always on stderr so stdout stays the command's output. In a
 * terminal it draws a bar; elsewhere (CI logs, pipes, files) it writes a plain line every few seconds
 * with the percentage, the rate and the time left, so a log shows the work moving. `--quiet` silences it.
 * Work shorter than the first interval writes nothing when not in a terminal.
 */
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';

/** Reports `done` of `total` steps; `label` says what is happening now (a table, an indicator). */
export type ProgressCallback = (done: number, total: number, label?: string) => void;

export interface Progress {
  update: ProgressCallback;
  stop: () => void;
}

/** Where and how progress is written; tests give a fake stream and clock. */
export interface ProgressOptions {
  quiet?: boolean | undefined;
  stream?: ProgressStream;
  /** Milliseconds since some fixed point; Date.now by default. */
  now?: () => number;
  /** Between two plain lines (default 5 s). */
  intervalMs?: number;
  /** Repeat the last line while no update comes (a long single step); off in tests, which drive `now`. */
  heartbeat?: boolean;
}

export interface ProgressStream {
  isTTY?: boolean | undefined;
  write(text: string): unknown;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

export function startProgress(label: string, options: ProgressOptions = {}): Progress {
  if (options.quiet) return SILENT;
  const stream = options.stream ?? process.stderr;
  return stream.isTTY ? terminalBar(label, stream) : plainLines(label, stream, options);
}

function terminalBar(label: string, stream: ProgressStream): Progress {
  // Loaded only when a bar is drawn, so that registering the commands (kestrel --help) stays quick.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: '{label} [{bar}] {percentage}% | {value}/{total} {step}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, step = '') {
      if (!started) {
        bar.start(total, done, { label, step });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { label, step });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function plainLines(label: string, stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 5000;
  const started = now();
  let lastLine = started;
  let last: { done: number; total: number; step: string | undefined } | undefined;
  let printed = false;
  const print = (at: number): void => {
    if (!last) return;
    stream.write(`${progressLine(label, last.done, last.total, last.step, at - started)}\n`);
    lastLine = at;
    printed = true;
  };
  const timer =
    options.heartbeat === false
      ? undefined
      : setInterval(() => {
          const at = now();
          if (at - lastLine >= interval) print(at);
        }, interval);
  timer?.unref();
  return {
    update(done, total, step) {
      last = { done, total, step };
      const at = now();
      if (at - lastLine >= interval) print(at);
    },
    stop() {
      if (timer) clearInterval(timer);
      if (printed && last) stream.write(`${label}: done in ${duration(now() - started)}\n`);
      printed = false;
    },
  };
}

/** "importing cin: 45% (4,500 of 10,000), 1,234/s, about 4s left, loading child". */
export function progressLine(
  label: string,
  done: number,
  total: number,
  step: string | undefined,
  elapsedMs: number,
): string {
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const left = rate > 0 && total > done ? `, about ${duration(((total - done) / rate) * 1000)} left` : '';
  const count = `${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`;
  const speed = rate > 0 ? `, ${rate >= 10 ? Math.round(rate).toLocaleString('en-GB') : rate.toFixed(1)}/s` : '';
  return `${label}: ${percent}% (${count})${speed}${left}${step ? `, ${step}` : ''}`;
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m ${seconds % 60}s` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}
