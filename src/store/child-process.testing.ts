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
  /** Resolves with the exit code (null when killed by a signal) once the child has exited. */
  exited: Promise<number | null>;
}

export async function startKestrel(args: readonly string[], options: { until: string | RegExp; env?: NodeJS.ProcessEnv }): Promise<RunningKestrel> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: { ...process.env, ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (typeof options.until === 'string' ? stderr.includes(options.until) : options.until.test(stderr)) resolve();
    });
    void exited.then((code) => reject(new Error(`kestrel ${args.join(' ')} exited (${code}) before printing ${String(options.until)}:\n${stderr}`)));
  });
  return { child, stderr: () => stderr, exited };
}
