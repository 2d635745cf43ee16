/** For tests of the command line: runs main(argv) in-process and captures what it writes. */
import { main } from './main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `kestrel --quiet ...args`, capturing stdout and stderr text; the test runner's own binary chunks
 * pass through. Quiet, because progress lines depend on how long work takes (progress.test.ts tests them).
 */
export async function runKestrel(args: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    typeof chunk === 'string' ? (out.push(chunk), true) : writeOut(chunk, ...rest)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    typeof chunk === 'string' ? (err.push(chunk), true) : writeErr(chunk, ...rest)) as typeof process.stderr.write;
  // main() reports process.exitCode; the test runner sets it to 1 after any failing test, so start clean.
  const runnerExitCode = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'kestrel', '--quiet', ...args]);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.exitCode = runnerExitCode;
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
  }
}
