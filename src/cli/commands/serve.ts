/** `kestrel serve`: serve the web application from the store. */
import type { Command } from 'commander';
import type { Store } from '../../store/db.ts';
import { UsageError } from '../errors.ts';
import { integerOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';

export interface ServeFlags extends StoreFlags {
  port: number;
  host: string;
}

export function addServeOptions(command: Command): Command {
  return withStoreOptions(command)
    .option('-p, --port <port>', 'port to listen on', integerOption(0, 65535), Number(process.env.PORT ?? 3000))
    .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1');
}

export function registerServe(program: Command): void {
  addServeOptions(program.command('serve').description('serve the web application'))
    .action(async (flags: ServeFlags) => {
      const store = await openMigratedStore(flags);
      await serveUntilStopped(store, flags);
    });
}

/** Serves until SIGINT/SIGTERM, then closes the server and the store cleanly. */
export async function serveUntilStopped(store: Store, flags: ServeFlags): Promise<void> {
  let server;
  try {
    const { startServer } = await import('../../web/serve.ts'); // loaded here so that --help stays quick
    server = await startServer(store, flags.port, flags.host);
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${flags.port} is already in use; choose another with --port`, 1);
    throw error;
  }
  process.stderr.write(`Kestrel is serving ${store.description} at ${server.url}\n`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
