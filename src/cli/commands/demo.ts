/**
 * `kestrel demo`: the one command that shows Kestrel working. Migrates the store, generates a synthetic
 * council if the store holds none, makes one sample user per role (passwords printed once, on the run
 * that makes them; access/demo-users.ts), and serves the web application.
 */
import type { Command } from 'commander';
import type { Db } from '../../store/db.ts';
import { integerOption } from '../options.ts';
import { addServeOptions, openServerStore, serveUntilStopped, type ServeFlags } from './serve.ts';
import { startProgress } from '../progress.ts';

interface DemoFlags extends ServeFlags {
  population: number;
  seed: number;
}

export function registerDemo(program: Command): void {
  addServeOptions(
    program.command('demo').description('set up a synthetic council (first run only) and serve the web application'),
  )
    .option('--population <n>', 'children aged 0-17 in the synthetic council', integerOption(1000, 2_000_000), 20000)
    .option('--seed <n>', 'random seed of the synthetic council', integerOption(0, 2 ** 31 - 1), 1)
    .action(async (flags: DemoFlags) => {
      const store = await openServerStore(flags);
      try {
        const [{ n } = { n: 0 }] = await store.query<{ n: number }>('SELECT count(*) AS n FROM council');
        if (n === 0) {
          process.stderr.write(`The store is empty: generating a synthetic council of ${flags.population} children.\n`);
          const { synthesizeCouncil } = await import('../../synth/index.ts'); // loaded only when needed
          const bar = startProgress('synth', { quiet: flags.quiet });
          // History up to today, so the home page's "today" figures sit inside the generated years.
          const today = new Date().toISOString().slice(0, 10);
          await synthesizeCouncil(
            store,
            { population: flags.population, years: 6, seed: flags.seed, to: today },
            bar.update,
          );
          bar.stop();
        }
        await loadDefaultFramework(store);
        await printSampleUsers(store);
      } catch (error) {
        await store.close();
        throw error;
      }
      await serveUntilStopped(store, flags);
    });
}

/** Makes the sample users the store lacks (one per role) and prints their passwords: this is the only time. */
async function printSampleUsers(db: Db): Promise<void> {
  const { addSampleUsers } = await import('../../access/demo-users.ts');
  const [council] = await db.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code LIMIT 1');
  if (!council) return;
  const today = new Date().toISOString().slice(0, 10);
  const made = await addSampleUsers(db, council.la_code, today, 'cli:demo');
  if (made.length === 0) {
    process.stderr.write(
      'Sample users (demo-*) exist already: `kestrel users reset-password NAME` for a new password.\n',
    );
    return;
  }
  process.stdout.write(
    `Sample users of council ${council.la_code}, one per role (passwords shown once, stored only as hashes):\n`,
  );
  for (const user of made)
    process.stdout.write(`  ${user.username.padEnd(28)} ${user.password}  ${user.role}, scope: ${user.scope}\n`);
}

/** The shipped performance framework for each council that has none, so the scorecard shows from the first start. */
async function loadDefaultFramework(store: Db): Promise<void> {
  const bare = await store.query<{ la_code: string }>(
    'SELECT la_code FROM council c WHERE NOT EXISTS (SELECT 1 FROM framework_version f WHERE f.la_code = c.la_code)',
  );
  if (bare.length === 0) return;
  const { importDefaultFramework } = await import('../../framework/versions.ts');
  for (const { la_code } of bare) await importDefaultFramework(store, la_code, 'cli:demo');
}
