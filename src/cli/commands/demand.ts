/**
 * `kestrel demand --at DATE [--months 24] [--backtest [--history-from DATE]] [--format table|json]`: the
 * stock-flow demand forecast of children looked after by age band and placement group with its
 * uncertainty band (src/practice/money/demand.ts), or its backtest on the store's own history against the
 * naive last-value forecast (backtest.ts).
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { integerOption, isoDateOption, laCodeOption, withStoreOptions, type StoreFlags } from '../options.ts';
import { inFormat, requireAt, withPracticeStore } from '../practice-command.ts';
import { tableOrJson } from './budget.ts';

interface DemandFlags extends StoreFlags {
  at?: string;
  months: number;
  fitMonths: number;
  backtest?: boolean;
  historyFrom?: string;
  format: 'table' | 'json';
  la?: string;
}

export function registerDemand(program: Command): void {
  withStoreOptions(
    program
      .command('demand')
      .description(
        'demand forecast of children looked after (stock-flow model), or its backtest against a naive forecast',
      )
      .option('--at <date>', 'the origin date YYYY-MM-DD (required)', isoDateOption)
      .option('--months <n>', 'months ahead', integerOption(1, 60), 24)
      .option('--fit-months <n>', 'months of history the model is fitted on', integerOption(3, 60), 12)
      .option('--backtest', 'backtest the model on the history before the date instead')
      .option(
        '--history-from <date>',
        'first date of complete history for the backtest (default 36 months before --at)',
        isoDateOption,
      )
      .option('--format <format>', 'table or json', tableOrJson, 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runDemand);
}

async function runDemand(flags: DemandFlags): Promise<void> {
  const at = requireAt(flags.at, 'the origin date');
  if (flags.historyFrom && !flags.backtest) throw new UsageError('--history-from goes with --backtest.');
  const { councilOf } = await import('../../practice/council.ts');
  const { demandForecast } = await import('../../practice/money/demand.ts');
  const { backtestDemand } = await import('../../practice/money/backtest.ts');
  const { addMonths } = await import('../../calendar/dates.ts');
  const format = await import('../../practice/money/demand-format.ts');
  const text = await withPracticeStore('demand', flags, async (store) => {
    const laCode = await store.transaction((tx) => councilOf(tx, flags.la));
    if (flags.backtest) {
      const result = await backtestDemand(store, {
        laCode,
        at,
        historyFrom: flags.historyFrom ?? addMonths(at, -36),
        fitMonths: flags.fitMonths,
      });
      return inFormat(flags.format, {
        json: () => `${JSON.stringify(result, null, 2)}\n`,
        table: () => format.formatBacktestTable(result),
      });
    }
    const forecast = await demandForecast(store, { laCode, at, months: flags.months, fitMonths: flags.fitMonths });
    return inFormat(flags.format, {
      json: () => `${JSON.stringify(forecast, null, 2)}\n`,
      table: () => format.formatDemandTable(forecast),
    });
  });
  process.stdout.write(text);
}
