/**
 * `kestrel budget --at DATE [--format table|json]`: the placement budget forecast per budget line for the
 * financial year containing the date (src/practice/money/budget.ts): spend to date, committed spend of
 * open placements to the year end, expected growth, projected outturn, variance, and the month-by-month
 * movement; `--growth demand` takes each line's expected growth from the demand forecast (growth.ts).
 */
import { InvalidArgumentError, type Command } from 'commander';
import { isoDateOption, laCodeOption, withStoreOptions, type StoreFlags } from '../options.ts';
import { inFormat, requireAt, withPracticeStore } from '../practice-command.ts';

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
  const at = requireAt(flags.at);
  const { budgetForecast } = await import('../../practice/money/budget.ts');
  const { formatBudgetTable } = await import('../../practice/money/format.ts');
  const forecast = await withPracticeStore('budget', flags, async (store) => {
    const forecast = await budgetForecast(store, { la: flags.la, at });
    if (flags.growth !== 'demand') return forecast;
    const { demandForecast } = await import('../../practice/money/demand.ts');
    const { growthFromDemand } = await import('../../practice/money/growth.ts');
    const { financialYearOf, financialYearPeriod } = await import('../../calendar/periods.ts');
    const demand = await demandForecast(store, { laCode: forecast.laCode, at, months: 12 });
    const growth = growthFromDemand(forecast.lines, demand, financialYearPeriod(financialYearOf(at)).to);
    return budgetForecast(store, { la: forecast.laCode, at, growth });
  });
  process.stdout.write(
    inFormat(flags.format, {
      json: () => `${JSON.stringify(forecast, null, 2)}\n`,
      table: () => formatBudgetTable(forecast),
    }),
  );
}
