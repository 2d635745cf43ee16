/** `kestrel serve`: serve the web application from the store. */
import type { Command } from 'commander';
import { setTimeout as delay } from 'node:timers/promises';
import type { Store } from '../../store/db.ts';
import { UsageError } from '../errors.ts';
import { integerOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';

export interface ServeFlags extends StoreFlags {
  port: number;
  host: string;
}

/** A stopping server waits this long for requests in progress, then this long for the store to close. */
const REQUEST_GRACE_MS = 3000;
const STORE_GRACE_MS = 1500;

export function addServeOptions(command: Command): Command {
  return withStoreOptions(command)
    .option('-p, --port <port>', 'port to listen on', integerOption(0, 65535), Number(process.env.PORT ?? 3000))
    .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1');
}

export function registerServe(program: Command): void {
  addServeOptions(program.command('serve').description('serve the web application')).action(
    async (flags: ServeFlags) => {
      await checkWebSettings();
      const store = await openServerStore(flags);
      await serveUntilStopped(store, flags);
    },
  );
}

/**
 * Checks the web settings taken from the environment (KESTREL_SECRET, KESTREL_OIDC_*) before the store
 * is opened, so a mistake is one line at start-up rather than a failure at the first sign-in.
 */
export async function checkWebSettings(): Promise<void> {
  const { serverSecret } = await import('../../web/auth/secret.ts');
  const { oidcSettingsFromEnv } = await import('../../web/auth/oidc-config.ts');
  try {
    serverSecret();
    oidcSettingsFromEnv();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Opens the store as the server uses it: the embedded store in a worker thread, so a long request never
 * blocks the others or /healthz, and its statements can be stopped at the request's time limit.
 */
export function openServerStore(flags: StoreFlags): Promise<Store> {
  return openMigratedStore(flags, { inWorker: true });
}

/**
 * Serves until SIGINT/SIGTERM, then stops within five seconds: requests in progress may finish, the
 * store closes (committing nothing half-done: a transaction still open when the process exits is
 * rolled back, as after any crash), and the data directory's lock is released.
 */
export async function serveUntilStopped(store: Store, flags: ServeFlags): Promise<void> {
  let server;
  try {
    await checkWebSettings(); // again here for `kestrel demo`, which opens the store first
    const { startServer } = await import('../../web/serve.ts'); // loaded here so that --help stays quick
    server = await startServer(store, flags.port, flags.host);
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new UsageError(`port ${flags.port} is already in use; choose another with --port`, 1);
    throw error;
  }
  process.stderr.write(`Kestrel is serving ${store.description} at ${server.url}\n`);
  process.stderr.write(`Sign in at ${server.url}/sign-in (accounts: kestrel users --help).\n`);
  const stop = async () => {
    const finished = await server.close(REQUEST_GRACE_MS);
    const closed = await Promise.race([
      store.close().then(
        () => true,
        () => false,
      ),
      delay(STORE_GRACE_MS).then(() => false),
    ]);
    if (!finished || !closed)
      process.stderr.write('Kestrel stopped before every request finished; their unfinished work was rolled back.\n');
    process.exit(0); // the exit handler releases the store's lock
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
