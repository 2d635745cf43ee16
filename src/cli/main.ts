/**
 * The `kestrel` command. Each subcommand lives in ./commands and registers itself here; registering
 * loads only commander and the option parsers, so `kestrel --help` starts at once (each command loads
 * its own modules when it runs). Every error is one line on stderr: exit 2 for a usage mistake, 1
 * otherwise, and an unexpected error says so without a stack unless KESTREL_DEBUG=1.
 */
import { Command, CommanderError } from 'commander';
import { StoreError } from '../store/db.ts';
import { fileError, UsageError } from './errors.ts';
import { COMMANDS } from './commands/index.ts';
import { chooseWasmTiering } from './wasm-tiering.ts';

export function buildProgram(): Command {
  const program = new Command('kestrel')
    .description("Kestrel: children's social care records, indicators and statutory returns")
    .version('0.1.0')
    .option('-q, --quiet', 'no progress messages on stderr')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  forEachCommand(program, (command) => {
    command.exitOverride().configureOutput({ outputError: (text, write) => write(commanderLine(text, command)) });
  });
  // Commands read --quiet from their own flags, wherever on the line it was given.
  program.hook('preAction', (_program, action) => {
    action.setOptionValue('quiet', Boolean(program.opts()['quiet']));
  });
  return program;
}

function forEachCommand(command: Command, visit: (command: Command) => void): void {
  visit(command);
  for (const sub of command.commands) forEachCommand(sub, visit);
}

/** Commander's "error: unknown option '--x'" as one line in the CLI's style, with where to look. */
function commanderLine(text: string, command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  const message = text
    .trim()
    .replace(/^error: /, '')
    .replace(/\.$/, '');
  return `kestrel: ${message}; see ${names.join(' ')} --help\n`;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    return reportError(error);
  }
}

/** Prints the one line for `error` and returns the exit code. */
export function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  const debug = process.env['KESTREL_DEBUG'] === '1';
  const stack = debug && error instanceof Error && error.stack ? `${error.stack}\n` : '';
  if (error instanceof UsageError) {
    process.stderr.write(`kestrel: ${error.message}\n${stack}`);
    return error.exitCode;
  }
  if (error instanceof StoreError || (error instanceof Error && 'userFacing' in error)) {
    process.stderr.write(`kestrel: ${error.message}\n${stack}`);
    return 1;
  }
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  const plain = path === undefined ? undefined : fileError(error, path, 'open');
  if (plain) {
    process.stderr.write(`kestrel: ${plain.message}\n${stack}`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kestrel: internal error: ${oneLine(message)}; run with KESTREL_DEBUG=1 for details\n${stack}`);
  return 1;
}

/** An unexpected error's message may span lines (a driver's detail); the terminal gets one. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** Runs the command line and sets the exit code; servers keep the process alive after it returns. */
export async function runCli(argv: string[]): Promise<void> {
  chooseWasmTiering(argv);
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) =>
    process.exit(error.code === 'EPIPE' ? 0 : reportError(error)),
  );
  // Whatever escapes a command (a stray promise, an emitter's 'error') still ends in one line.
  process.on('uncaughtException', (error) => process.exit(reportError(error)));
  process.on('unhandledRejection', (error) => process.exit(reportError(error)));
  const code = await main(argv);
  if (code !== 0) process.exit(code);
}

// `npm run kestrel -- ...` runs this file directly; the installed `kestrel` bin calls runCli.
if (import.meta.url === `file://${process.argv[1]}`) await runCli(process.argv);
