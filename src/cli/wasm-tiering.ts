/**
 * How V8 compiles the embedded store's WebAssembly for this process. PGlite is PostgreSQL compiled to
 * 9 MB of WebAssembly; V8 runs it with its baseline compiler (Liftoff) and, by default, recompiles every
 * function that gets warm with its optimising compiler (TurboFan) on background threads. Opening a store
 * warms hundreds of functions (the relation cache is rebuilt at every start), so a command that lives a
 * few seconds spends more CPU recompiling than the optimised code ever saves: on a 65,000-child council
 * the whole catalogue at one date took 2.94 s of CPU with tier-up and 1.59 s without, `kestrel drift`
 * 2.86 s and 1.69 s, and a 24-month series (4.5 s of CPU) came out even (docs/BENCHMARKS.md). So
 * commands on the store run on Liftoff alone; the long-lived server, the bulk loads and exports keep
 * the optimising compiler, which pays for itself over minutes, and so does `validate`, whose XSD check
 * (libxml2 in WebAssembly) works through the whole file: a 50,000-child census took 4.0 s of CPU on
 * Liftoff alone against 3.4 s with tier-up. Either way the code computes the same results: only the
 * machine code differs.
 */
import { setFlagsFromString } from 'node:v8';

/** Commands whose WebAssembly runs long enough for optimised code to repay its compilation. */
const LONG_RUNNING = new Set([
  'serve',
  'demo',
  'synth',
  'import',
  'export',
  'validate',
  // Documents compute a 24-point trend for every measure: a series. The 300,000-child scorecard took
  // 12.1 s of CPU on Liftoff alone against 8.1 s with tier-up (docs/BENCHMARKS.md).
  'scorecard',
  'report',
]);

/** The subcommand of a command line (`node kestrel.js [-q] <command> ...`), if any. */
export function commandOf(argv: readonly string[]): string | undefined {
  return argv.slice(2).find((arg) => !arg.startsWith('-'));
}

/**
 * True when this command line should skip WebAssembly tier-up (see above). A series (`--series`) is
 * long work whatever the command: the 24-month catalogue of a 300,000-child council took 15.8 s of CPU
 * on Liftoff alone against 11.2 s with tier-up.
 */
export function baselineWasmOnly(argv: readonly string[]): boolean {
  const command = commandOf(argv);
  if (argv.some((arg) => arg === '--series' || arg.startsWith('--series='))) return false;
  return command !== undefined && !LONG_RUNNING.has(command);
}

/**
 * Sets the flag before any WebAssembly is compiled (the store is imported lazily by each command).
 * KESTREL_WASM_TIERUP=1 keeps the optimising compiler for any command (to compare, or for a long job).
 */
export function chooseWasmTiering(argv: readonly string[]): void {
  if (process.env['KESTREL_WASM_TIERUP'] === '1') return;
  if (baselineWasmOnly(argv)) setFlagsFromString('--liftoff-only');
}
