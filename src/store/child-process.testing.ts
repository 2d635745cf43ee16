/**
 * Runs `kestrel` as a child process from the sources, for tests that must kill it or signal it (a
 * store must survive kill -9; the server must stop on SIGTERM). `startKestrel` resolves once the
 * child has printed `until` on stderr, so the test acts at a known moment without waiting on a timer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

export interface RunningKestrel {
  child: ChildProcess;
  /** Everything the child wrote on stderr so far. */
  stderr(): string;
  /** Resolves once the child has written `marker` on stderr; rejects if it exits first. */
  printed(marker: string | RegExp): Promise<void>;
  /** Resolves with the exit code (null when killed by a signal) once the child has exited. */
  exited: Promise<number | null>;
}

export async function startKestrel(
  args: readonly string[],
  options: { until: string | RegExp; env?: NodeJS.ProcessEnv },
): Promise<RunningKestrel> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stream = child.stderr!.setEncoding('utf8');
  stream.on('data', (chunk: string) => (stderr += chunk));
  const printed = (marker: string | RegExp) =>
    new Promise<void>((resolve, reject) => {
      const seen = () => (typeof marker === 'string' ? stderr.includes(marker) : marker.test(stderr));
      if (seen()) return resolve();
      const check = () => {
        if (!seen()) return;
        stream.off('data', check);
        resolve();
      };
      stream.on('data', check);
      void exited.then((code) =>
        reject(new Error(`kestrel ${args.join(' ')} exited (${code}) before printing ${String(marker)}:\n${stderr}`)),
      );
    });
  await printed(options.until);
  return { child, stderr: () => stderr, printed, exited };
}
