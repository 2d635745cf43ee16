/** `kestrel db migrate`: bring the store's schema up to date. */
import type { Command } from 'commander';
import { withStoreOptions, type StoreFlags } from '../options.ts';

export function registerDb(program: Command): void {
  const db = program.command('db').description('manage the record store');
  withStoreOptions(db.command('migrate').description('apply pending schema migrations')).action(
    async (flags: StoreFlags) => {
      const { openStore } = await import('../../store/open.ts');
      const { migrate } = await import('../../store/migrate.ts');
      const store = await openStore({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl });
      try {
        const applied = await migrate(store, (name) => process.stderr.write(`applying ${name}\n`));
        process.stdout.write(
          applied.length
            ? `Applied ${applied.length} migrations to ${store.description}.\n`
            : `${store.description} is up to date.\n`,
        );
      } finally {
        await store.close();
      }
    },
  );
}
