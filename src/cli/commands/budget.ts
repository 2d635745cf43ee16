/**
 * `kestrel budget --at DATE [--format table|json]`: the placement budget forecast per budget line for the
 * financial year containing the date (src/practice/money/budget.ts): spend to date, committed spend of
 * open placements to the year end, expected growth, projected outturn, variance, and the month-by-month
 * movement; `--growth demand` takes each line's expected growth from the demand forecast (growth.ts).
 */
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../errors.ts';
import { isoDateOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { startProgress } from '../progress.ts';

export function tableOrJson(value: string): 'table' | 'json' {
  if (value !== 'table' && value !== 'json') throw new InvalidArgumentError(`expected table or json, got "${value}"`);
  return value;
}

interface BudgetFlags extends StoreFlags {
  at?: string;
  format: 'table' | 'json';
  growth: 'line' | 'demand';
  la?: string;
}

function growthOption(value: string): 'line' | 'demand' {
  if (value !== 'line' && value !== 'demand') throw new InvalidArgumentError(`expected line or demand, got "${value}"`);
  return value;
}

export function registerBudget(program: Command): void {
  withStoreOptions(
    program
      .command('budget')
      .description('placement budget forecast per line: spend, commitments, growth, projected outturn, variance')
      .option('--at <date>', 'the date YYYY-MM-DD (required)', isoDateOption)
      .option(
        '--growth <source>',
        "expected growth: each line's own (line) or from the demand forecast (demand)",
        growthOption,
        'line',
      )
      .option('--format <format>', 'table or json', tableOrJson, 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runBudget);
}

async function runBudget(flags: BudgetFlags): Promise<void> {
  const { PracticeRequestError } = await import('../../practice/council.ts');
  const { budgetForecast } = await import('../../practice/money/budget.ts');
  const { formatBudgetTable } = await import('../../practice/money/format.ts');
  if (!flags.at) throw new UsageError('--at is required (the date to look at, YYYY-MM-DD).');
  const progress = startProgress('budget', { quiet: flags.quiet });
  const store = await openMigratedStore(flags);
  try {
    let forecast = await budgetForecast(store, { la: flags.la, at: flags.at });
    if (flags.growth === 'demand') {
      const { demandForecast } = await import('../../practice/money/demand.ts');
      const { growthFromDemand } = await import('../../practice/money/growth.ts');
      const { financialYearOf, financialYearPeriod } = await import('../../calendar/periods.ts');
      const demand = await demandForecast(store, { laCode: forecast.laCode, at: flags.at, months: 12 });
      const growth = growthFromDemand(forecast.lines, demand, financialYearPeriod(financialYearOf(flags.at)).to);
      forecast = await budgetForecast(store, { la: forecast.laCode, at: flags.at, growth });
    }
    progress.stop();
    process.stdout.write(
      flags.format === 'json' ? `${JSON.stringify(forecast, null, 2)}\n` : formatBudgetTable(forecast),
    );
  } catch (error) {
    if (error instanceof PracticeRequestError) throw new UsageError(error.message, 1);
    throw error;
  } finally {
    progress.stop();
    await store.close();
  }
}
