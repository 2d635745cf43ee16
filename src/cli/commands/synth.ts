/**
 * `kestrel synth`: generate a synthetic council (children and their full histories, calibrated to
 * England's published figures or one council's) and load it into the store in one transaction.
 */
import { InvalidArgumentError, type Command } from 'commander';
import {
  integerOption,
  isoDateOption,
  laCodeOption,
  openMigratedStore,
  withStoreOptions,
  type StoreFlags,
} from '../options.ts';
import { UsageError } from '../errors.ts';
import { startProgress } from '../progress.ts';
import { MAX_POPULATION, MAX_YEARS, MIN_POPULATION } from '../../synth/limits.ts';

interface SynthFlags extends StoreFlags {
  population?: number;
  years: number;
  seed: string;
  la?: string;
  like?: string;
  year?: number;
  to?: string;
  replace?: boolean;
}

function seedOption(value: string): string {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(value))
    throw new InvalidArgumentError(`expected a number or word of up to 40 letters and digits, got "${value}"`);
  return value;
}

export function registerSynth(program: Command): void {
  withStoreOptions(
    program
      .command('synth')
      .description('generate a synthetic council calibrated to published DfE figures and load it')
      .option(
        '--population <n>',
        "children aged 0-17 (default 20000, or the council's own with --like)",
        integerOption(MIN_POPULATION, MAX_POPULATION),
      )
      .option('--years <n>', 'years of history up to the reference date', integerOption(1, MAX_YEARS), 6)
      .option('--seed <seed>', 'random seed: the same seed gives the same council', seedOption, '1')
      .option('--la <code>', 'three-digit code of the fictional council (default 990)', laCodeOption)
      .option(
        '--like <code>',
        'imitate this real council: its code, name, region, population and published figures',
        laCodeOption,
      )
      .option(
        '--year <yyyy>',
        'collection year of the figures to calibrate to (with --like)',
        integerOption(2000, 2100),
      )
      .option('--to <date>', 'reference date YYYY-MM-DD (default: the last 31 March before today)', isoDateOption)
      .option('--replace', "delete the council's existing records first (in the same transaction)"),
  ).action(async (flags: SynthFlags) => {
    if (flags.la && flags.like)
      throw new UsageError('use either --la (a fictional council) or --like (imitate a real one), not both');
    if (flags.year !== undefined && !flags.like)
      throw new UsageError('--year chooses the published figures of the council named by --like; add --like');
    // Check the options (and read the published figures) before touching the store.
    const { resolveOptions, synthesizeCouncil, SynthOptionError } = await import('../../synth/index.ts');
    const seed = /^\d+$/.test(flags.seed) ? Number(flags.seed) : flags.seed;
    const options = {
      population: flags.population,
      years: flags.years,
      seed,
      la: flags.la,
      like: flags.like,
      year: flags.year,
      to: flags.to,
    };
    try {
      resolveOptions(options);
    } catch (error) {
      if (error instanceof SynthOptionError) throw new UsageError(error.message);
      throw error;
    }
    const store = await openMigratedStore(flags);
    const bar = startProgress('synth', { quiet: flags.quiet });
    try {
      const result = await synthesizeCouncil(store, { ...options, replace: flags.replace ?? false }, bar.update);
      bar.stop();
      const c = result.council;
      process.stdout.write(
        `Generated ${c.identity.name} (${c.identity.laCode}): ${c.population.toLocaleString('en-GB')} children aged 0-17, ` +
          `${result.children.toLocaleString('en-GB')} children with records, ${result.from} to ${result.to}, ` +
          `calibrated to ${c.calibration.area === 'england' ? 'England' : c.calibration.area} ${c.calibration.year}.\n`,
      );
      const width = Math.max(...Object.keys(result.rows).map((name) => name.length));
      for (const [name, count] of Object.entries(result.rows))
        process.stdout.write(`  ${name.padEnd(width)}  ${count.toLocaleString('en-GB').padStart(9)}\n`);
      process.stdout.write(`  ${'total'.padEnd(width)}  ${result.totalRows.toLocaleString('en-GB').padStart(9)}\n`);
      process.stdout.write(
        `Generated in ${(result.generateMs / 1000).toFixed(1)} s, loaded into ${store.description} in ${(result.loadMs / 1000).toFixed(1)} s.\n`,
      );
    } catch (error) {
      bar.stop();
      if (error instanceof SynthOptionError) throw new UsageError(error.message, 1);
      throw error;
    } finally {
      await store.close();
    }
  });
}
