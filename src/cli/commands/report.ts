/**
 * `kestrel report KIND --period P --format html|pdf|docx -o FILE`: the committee report (seeds 002-004),
 * the annual service statement (seed 000) or the benchmarking report, for a financial year (2024-25), a
 * quarter (2024-25Q2) or a month (2025-03), from the performance framework at the period's last day.
 * Statement and benchmarking are public (suppressed); the committee report is internal unless --public.
 * Also the steps `kestrel scorecard` shares: options checked and the output reserved before the store
 * is opened; one audit row per document written.
 */
import type { Command } from 'commander';
import type { Scorecard } from '../../framework/model.ts';
import type { LevelRef } from '../../indicators/result.ts';
import type { ReportDocument } from '../../documents/document.ts';
import type { DocumentFormat } from '../../documents/render.ts';
import type { BuildScorecard } from '../../documents/source.ts';
import type { Store } from '../../store/db.ts';
import { UsageError } from '../errors.ts';
import { laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { openOutputFile, stdoutOutput, type Output } from '../output.ts';
import { startProgress } from '../progress.ts';

export interface DocumentFlags extends StoreFlags {
  format: string;
  output?: string;
  la?: string;
  level: string;
  public?: boolean;
  threshold?: string;
}

interface ReportFlags extends DocumentFlags {
  period?: string;
  committee?: string;
}

/** --format, -o, --la, --level, --public, --threshold on a document command. */
export function withDocumentOptions(command: Command, formats: readonly string[]): Command {
  return withStoreOptions(
    command
      .option('--format <format>', formats.join(', '), 'html')
      .option('-o, --output <file>', 'file to write (standard output for html, csv and json when absent)')
      .option('--la <code>', 'council (default: the only council in the store)', laCodeOption)
      .option('--level <level>', 'council, locality:NAME, team:ID or worker:ID', 'council')
      .option('--public', 'the public edition: small numbers suppressed, no commentary')
      .option('--threshold <n>', 'suppress counts below this in public editions (default 5)'),
  );
}

export function registerReport(program: Command): void {
  withDocumentOptions(
    program
      .command('report')
      .argument('<kind>', 'committee, statement or benchmarking')
      .description('write a committee report, service statement or benchmarking report for a period')
      .option('--period <period>', 'financial year 2024-25, quarter 2024-25Q2 or month 2025-03')
      .option('--committee <name>', 'who the committee report goes to', 'Cabinet'),
    ['html', 'pdf', 'docx'],
  ).action(runReport);
}

async function runReport(kindText: string, flags: ReportFlags): Promise<void> {
  const { parseReportKind, parseFormat, ALWAYS_PUBLIC } = await import('../../documents/request.ts');
  const { parseReportPeriod } = await import('../../documents/period.ts');
  const { REPORT_FORMATS } = await import('../../documents/render.ts');
  const kind = usage(() => parseReportKind(kindText));
  if (flags.period === undefined) throw new UsageError('give the period with --period (2024-25, 2024-25Q2 or 2025-03)');
  const period = usage(() => parseReportPeriod(flags.period ?? ''));
  const format = usage(() => parseFormat(flags.format, REPORT_FORMATS));
  const checked = await checkDocumentFlags(flags, format);
  const marking = ALWAYS_PUBLIC.has(kind) || flags.public ? 'public' : 'internal';
  await writeDocument(
    flags,
    checked,
    { what: `report ${kind}`, at: period.to, period: period.text, format },
    async (scorecard, store) => {
      const threshold = checked.threshold;
      if (kind === 'statement')
        return (await import('../../documents/statement-document.ts')).statementDocument(scorecard, { threshold });
      if (kind === 'benchmarking')
        return (await import('../../documents/benchmarking-document.ts')).benchmarkingDocument(scorecard, {
          threshold,
        });
      const { committeeDocument } = await import('../../documents/committee-document.ts');
      const { loadCommitteeExtras } = await import('../../documents/source.ts');
      const extraSections = await loadCommitteeExtras(
        store,
        {
          at: scorecard.at,
          level: checked.level,
          la: scorecard.council.laCode,
          periodKind: period.kind,
        },
        scorecard,
      );
      return committeeDocument(scorecard, { marking, threshold, period, committee: flags.committee, extraSections });
    },
  );
}

/** Runs a parser whose Error is the user's mistake, as a one-line usage refusal. */
export function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export interface CheckedFlags {
  level: LevelRef;
  threshold: number | undefined;
  output: Output;
}

/** Everything that needs no records, and the output file reserved (so an unwritable path fails now). */
export async function checkDocumentFlags(flags: DocumentFlags, format: DocumentFormat): Promise<CheckedFlags> {
  const { parseLevel, parseThreshold } = await import('../../documents/request.ts');
  const level = usage(() => parseLevel(flags.level));
  const threshold = flags.threshold === undefined ? undefined : usage(() => parseThreshold(flags.threshold ?? ''));
  const binary = format === 'pdf' || format === 'xlsx' || format === 'docx';
  if (flags.output === undefined && binary) throw new UsageError(`a ${format} file needs -o FILE`);
  if (format === 'pdf') {
    const { pdfUnavailable } = await import('../../documents/pdf.ts');
    const unavailable = pdfUnavailable();
    if (unavailable) throw new UsageError(unavailable, 1);
  }
  const output = flags.output === undefined ? stdoutOutput() : await openOutputFile(flags.output);
  return { level, threshold, output };
}

interface DocumentRequest {
  what: string;
  at: string;
  period: string | undefined;
  format: DocumentFormat;
  /** Where the scorecard comes from: the framework (documents/source.ts) unless a test gives one. */
  load?: BuildScorecard | undefined;
}

/** A refusal the framework explains (no framework in force, no data for the date) is one line; a bug is not. */
function asRefusal(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof UsageError) return error;
  if (['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError'].includes(error.name)) return error;
  return new UsageError(error.message, 1);
}

/** Opens the store, builds the scorecard and the document, writes it, audits the export, then commits the file. */
export async function writeDocument(
  flags: DocumentFlags,
  checked: CheckedFlags,
  request: DocumentRequest,
  build: (scorecard: Scorecard, store: Store) => Promise<ReportDocument>,
): Promise<void> {
  const progress = startProgress(request.what, { quiet: flags.quiet });
  let store: Store | undefined;
  try {
    store = await openMigratedStore(flags);
    const laCode = await councilOf(store, flags.la);
    await checkLevel(store, laCode, checked.level);
    progress.update(0, 3, 'computing the framework');
    const load = request.load ?? (await import('../../documents/source.ts')).loadScorecard;
    const scorecard = await load(store, {
      at: request.at,
      level: checked.level,
      la: laCode,
      period: request.period,
    }).catch((error: unknown) => {
      throw asRefusal(error);
    });
    progress.update(1, 3, 'laying out');
    const document = await build(scorecard, store);
    progress.update(2, 3, `writing ${request.format}`);
    const { renderDocument } = await import('../../documents/render.ts');
    await checked.output.write(await renderDocument(document, request.format, scorecard));
    const { recordAudit } = await import('../../access/audit.ts');
    await recordAudit(store, {
      laCode,
      actor: `cli:${request.what.split(' ')[0]}`,
      action: 'export',
      entity: request.what.replace(' ', '-'),
      detail: {
        target: checked.output.path ?? 'stdout',
        format: request.format,
        at: request.at,
        period: request.period ?? null,
        level: checked.level,
        marking: document.marking,
      },
    });
    await checked.output.finish();
    progress.update(3, 3);
    progress.stop();
    if (checked.output.path !== undefined)
      process.stdout.write(
        `Wrote the ${document.marking} ${request.what} for council ${laCode} at ${request.at}: ${checked.output.path}.\n`,
      );
  } catch (error) {
    progress.stop();
    await checked.output.abandon();
    throw error;
  } finally {
    await store?.close();
  }
}

async function councilOf(store: Store, given: string | undefined): Promise<string> {
  const councils = await store.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code');
  if (given !== undefined) {
    if (!councils.some((c) => c.la_code === given)) throw new UsageError(`the store holds no council ${given}`, 1);
    return given;
  }
  if (councils.length === 1) return councils[0]!.la_code;
  throw new UsageError(
    councils.length === 0
      ? 'the store holds no council yet: run kestrel demo or kestrel synth first'
      : 'the store holds several councils: say which with --la',
    1,
  );
}

/** A level that does not exist is refused by name, not rendered as an empty document. */
async function checkLevel(store: Store, laCode: string, level: LevelRef): Promise<void> {
  if (level.kind === 'council') return;
  const sql = {
    locality: 'SELECT 1 FROM team WHERE la_code = $1 AND locality = $2 LIMIT 1',
    team: 'SELECT 1 FROM team WHERE la_code = $1 AND id = $2',
    worker: 'SELECT 1 FROM worker WHERE la_code = $1 AND id = $2',
  }[level.kind];
  const found = await store.query(sql, [laCode, level.id]);
  if (found.length === 0) throw new UsageError(`council ${laCode} has no ${level.kind} "${level.id}"`, 1);
}
