/** Every subcommand, in the order `kestrel --help` lists them. */
import type { Command } from 'commander';
import { registerDb } from './db.ts';

export const COMMANDS: Array<(program: Command) => void> = [registerDb];
