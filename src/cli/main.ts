/**
 * The `kestrel` command. Each subcommand lives in ./commands and registers itself here. Errors meant for
 * the user (bad arguments, unreachable database, bad files) print one line and exit non-zero.
 */
import { Command, CommanderError } from 'commander';
import { StoreError } from '../store/db.ts';
import { UsageError } from './errors.ts';
import { COMMANDS } from './commands/index.ts';

export function buildProgram(): Command {
  const program = new Command('kestrel')
    .description("Kestrel: children's social care records, indicators and statutory returns")
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  program.commands.forEach((command) => command.exitOverride());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      process.stderr.write(`kestrel: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof StoreError || (error instanceof Error && 'userFacing' in error)) {
      process.stderr.write(`kestrel: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** Runs the command line and sets the exit code; servers keep the process alive after it returns. */
export async function runCli(argv: string[]): Promise<void> {
  const code = await main(argv);
  if (code !== 0) process.exit(code);
}

// `npm run kestrel -- ...` runs this file directly; the installed `kestrel` bin calls runCli.
if (import.meta.url === `file://${process.argv[1]}`) await runCli(process.argv);
