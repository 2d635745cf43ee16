/**
 * `kestrel missing --at DATE [--period quarter] [--repeat 2] [--format table|json|csv]`: missing episodes
 * with return interviews offered and taken within 72 hours, repeat missing children, and children
 * considered under the exploitation arrangements by sex, type and level of risk (src/practice/missing;
 * each child listed is audited).
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { integerOption, isoDateOption, laCodeOption, withStoreOptions, type StoreFlags } from '../options.ts';
import { checkPeriod, inFormat, requireAt, withPracticeStore } from '../practice-command.ts';
import { formatOption } from './drift.ts';

interface MissingFlags extends StoreFlags {
  at?: string;
  period: string;
  repeat: number;
  format: 'table' | 'json' | 'csv';
  la?: string;
}

export function registerMissing(program: Command): void {
  withStoreOptions(
    program
      .command('missing')
      .description('missing episodes and return interviews, repeat missing children, children at risk of exploitation')
      .option('--at <date>', 'the date YYYY-MM-DD (required)', isoDateOption)
      .option('--period <period>', 'month, quarter, ytd, fy, r12 or FROM..TO', 'quarter')
      .option(
        '--repeat <n>',
        'episodes in the period that make a child a repeat missing child',
        integerOption(2, 100),
        2,
      )
      .option('--format <format>', 'table, json or csv (csv: the missing episodes)', formatOption, 'table')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runMissing);
}

async function runMissing(flags: MissingFlags): Promise<void> {
  const at = requireAt(flags.at);
  await checkPeriod(flags.period, at);
  const { missingReport } = await import('../../practice/missing/missing.ts');
  const format = await import('../../practice/missing/format.ts');
  const report = await withPracticeStore('missing', flags, (store) =>
    missingReport(store, {
      la: flags.la,
      at,
      period: flags.period,
      repeatAt: flags.repeat,
      actor: `cli:${userInfo().username}`,
      via: 'kestrel missing',
    }),
  );
  process.stdout.write(
    inFormat(flags.format, {
      json: () => `${JSON.stringify(report, null, 2)}\n`,
      csv: () => format.formatMissingCsv(report),
      table: () => format.formatMissingTable(report),
    }),
  );
}
