/**
 * Runs the shipped command (`node bin/kestrel.js ...`) as a user does and measures it from spawn to exit:
 * wall time and, when /usr/bin/time is there, the CPU time (user + system) of the process and its
 * threads. On a shared machine the wall time grows with other people's work; the CPU time does not, so
 * both are reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KESTREL = fileURLToPath(new URL('../bin/kestrel.js', import.meta.url));
const TIME = '/usr/bin/time';

export interface WholeProcess {
  ms: number;
  /** User + system CPU, or null without /usr/bin/time. */
  cpuMs: number | null;
  stdout: string;
}

/** Runs kestrel with `args`; throws with the last line of its stderr when it exits non-zero. */
export function runKestrel(args: string[]): WholeProcess {
  const dir = existsSync(TIME) ? mkdtempSync(join(tmpdir(), 'kestrel-bench-time-')) : undefined;
  const stats = dir ? join(dir, 'time') : undefined;
  const command = stats
    ? [TIME, '-o', stats, '-f', '%U %S', process.execPath, KESTREL, ...args]
    : [process.execPath, KESTREL, ...args];
  try {
    const started = performance.now();
    const child = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const ms = Math.round(performance.now() - started);
    if (child.status !== 0)
      throw new Error(`kestrel ${args.join(' ')} failed: ${child.stderr.trim().split('\n').at(-1)}`);
    let cpuMs: number | null = null;
    if (stats) {
      const [user, system] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      cpuMs = Math.round((user! + system!) * 1000);
    }
    return { ms, cpuMs, stdout: child.stdout };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
