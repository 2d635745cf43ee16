/**
 * `kestrel indicators`: evaluate the catalogue (or some ids) at a date, for a period and a level, as a
 * table, JSON or CSV; `--series N` for the last N month-ends; `--explain ID` for the children behind one.
 * A drill-down goes through `explainIndicators` (the policy decision and one audit row per child shown,
 * in one transaction) as `--as USER`, or else as the operator at the terminal (`cli:<os user>`, a
 * performance analyst of the council: see access/actor.ts localActor and docs/ACCESS.md).
 */
import type { Actor } from '../../access/policy.ts';
import type { Db } from '../../store/db.ts';
import { InvalidArgumentError, type Command } from 'commander';
import { presentResult, type IndicatorResult } from '../../indicators/result.ts';
import { formatCsv, formatExplain, formatList, formatTable } from '../../indicators/format.ts';
import { UsageError } from '../errors.ts';
import { isIsoDate } from '../../calendar/dates.ts';
import { integerOption, laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';
import { startProgress } from '../progress.ts';

interface IndicatorFlags extends StoreFlags {
  at?: string;
  period: string;
  level: string;
  id?: string[];
  series?: number;
  format: 'table' | 'json' | 'csv';
  explain?: string;
  param?: string[];
  la?: string;
  list?: boolean;
  as?: string;
}

export function registerIndicators(program: Command): void {
  withStoreOptions(
    program
      .command('indicators')
      .description('evaluate indicators at a date for a period and a level')
      .option('--at <date>', 'reference date YYYY-MM-DD (default: the end of a FROM..TO period)')
      .option('--period <period>', 'month, quarter, ytd, fy, r12 or FROM..TO', 'month')
      .option('--level <level>', 'council, locality, team or worker, optionally :ID', 'council')
      .option('--id <id...>', 'catalogue ids (default: all)', collect, undefined)
      .option('--series <n>', 'evaluate at the last N month-ends', integerOption(1, 240))
      .option('--format <format>', 'table, json or csv', formatOption, 'table')
      .option('--explain <id>', 'list the children (or workers, teams) behind one indicator')
      .option(
        '--param <id.name=value>',
        'a parameter of a local variant, e.g. cpp-repeat.within=24-months',
        collect,
        undefined,
      )
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption)
      .option('--as <user>', 'act as this user (a username of `kestrel users list`): their scope and audit trail')
      .option('--list', 'list the catalogue and exit'),
  ).action(runIndicators);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function formatOption(value: string): 'table' | 'json' | 'csv' {
  if (value === 'table' || value === 'json' || value === 'csv') return value;
  throw new InvalidArgumentError(`expected table, json or csv, got "${value}"`);
}

async function runIndicators(flags: IndicatorFlags): Promise<void> {
  // The catalogue and the engine load here, not at registration, so that `kestrel --help` stays quick.
  const { evaluateIndicators, listIndicators } = await import('../../indicators/evaluate.ts');
  const { IndicatorRequestError } = await import('../../indicators/request.ts');
  if (flags.list) {
    process.stdout.write(formatList(listIndicators()));
    return;
  }
  const request = toRequest(flags);
  let results: IndicatorResult[];
  try {
    await checkRequest(request);
    const progress = startProgress('indicators', { quiet: flags.quiet });
    const store = await openMigratedStore(flags);
    try {
      const actor = flags.as || request.explain ? await actorFor(store, flags) : undefined;
      if (actor && flags.as) await checkFigures(store, actor);
      if (actor && request.explain) {
        const { explainIndicators, DrillDownRefused } = await import('../../indicators/drill-down.ts');
        results = await explainIndicators(store, actor, request, {
          via: 'kestrel indicators',
          onProgress: progress.update,
        }).catch((error: unknown) => {
          if (error instanceof DrillDownRefused)
            throw new UsageError(`${flags.as ?? actor.userId} may not see the children behind a figure`, 1);
          throw error;
        });
      } else {
        results = await evaluateIndicators(
          store,
          { ...request, ...(actor ? { la: actor.laCode } : {}) },
          progress.update,
        );
      }
    } finally {
      progress.stop();
      await store.close();
    }
  } catch (error) {
    if (error instanceof IndicatorRequestError) throw new UsageError(error.message);
    throw error;
  }
  process.stdout.write(render(results, flags));
}

/**
 * Everything about the request that needs no records (date, period, level kind, ids, parameters), so
 * a mistake is refused before the store is opened, let alone created.
 */
async function checkRequest(request: ReturnType<typeof toRequest>): Promise<void> {
  const { getIndicator, resolveParams } = await import('../../indicators/evaluate.ts');
  const { parseIndicatorRequest, IndicatorRequestError } = await import('../../indicators/request.ts');
  const { resolveWindows } = await import('../../indicators/scope.ts');
  const { LEVEL_KINDS } = await import('../../indicators/definition.ts');
  const parsed = parseIndicatorRequest(request);
  resolveWindows(parsed);
  for (const id of parsed.ids ?? []) getIndicator(id);
  for (const [id, given] of Object.entries(parsed.params)) resolveParams(getIndicator(id), given);
  const kind = parsed.level.split(':')[0]?.trim().toLowerCase() ?? '';
  if (!(LEVEL_KINDS as readonly string[]).includes(kind)) {
    throw new IndicatorRequestError(
      `Unknown level "${parsed.level}": use council, locality, team or worker, optionally with :ID.`,
    );
  }
}

function toRequest(flags: IndicatorFlags) {
  const range = flags.period.includes('..') ? flags.period.split('..')[1]?.trim() : undefined;
  const at = flags.at ?? range;
  if (!at) throw new UsageError('--at is required (or give the period as FROM..TO).');
  // Checked here rather than by commander so that the error is one line, like every other refusal.
  if (!isIsoDate(at)) throw new UsageError(`--at must be an existing date as YYYY-MM-DD, got "${at}".`);
  const ids = flags.explain ? [flags.explain] : flags.id?.flatMap((id) => id.split(',')).filter(Boolean);
  return {
    at,
    period: flags.period,
    level: flags.level,
    ...(ids ? { ids } : {}),
    ...(flags.series ? { series: flags.series } : {}),
    ...(flags.la ? { la: flags.la } : {}),
    params: parseParams(flags.param ?? []),
    explain: Boolean(flags.explain),
  };
}

/** Reads `id.name=value` pairs into { id: { name: value } }. */
export function parseParams(pairs: readonly string[]): Record<string, Record<string, string>> {
  const params: Record<string, Record<string, string>> = {};
  for (const pair of pairs) {
    const match = /^([a-z0-9-]+)\.([a-z0-9_-]+)=(.+)$/i.exec(pair.trim());
    if (!match)
      throw new UsageError(`Invalid --param "${pair}": expected id.name=value, e.g. cpp-repeat.within=24-months.`);
    const [, id = '', name = '', value = ''] = match;
    params[id] = { ...params[id], [name]: value };
  }
  return params;
}

function render(results: IndicatorResult[], flags: IndicatorFlags): string {
  if (flags.format === 'json')
    return `${JSON.stringify(
      results.map((r) => presentResult(r, { rows: Boolean(flags.explain) })),
      null,
      2,
    )}\n`;
  if (flags.format === 'csv') return formatCsv(results);
  return flags.explain ? formatExplain(results) : formatTable(results);
}

/** The user named by --as (who must be active), or the operator at the terminal as an analyst. */
async function actorFor(db: Db, flags: IndicatorFlags): Promise<Actor> {
  const { actorOf, findUser } = await import('../../access/users.ts');
  if (flags.as) {
    const user = await findUser(db, flags.as);
    if (!user) throw new UsageError(`no user "${flags.as}" (see \`kestrel users list\`)`);
    if (flags.la && flags.la !== user.la_code)
      throw new UsageError(`${flags.as} works for council ${user.la_code}, not ${flags.la}`);
    return actorOf(user);
  }
  const { localActor } = await import('../../access/actor.ts');
  return localActor(flags.la ?? (await onlyCouncil(db)), 'performance_analyst');
}

/** Figures as a user: refused (and audited) for a role with no unsuppressed figures (administrator, councillor). */
async function checkFigures(db: Db, actor: Actor): Promise<void> {
  const { authorize } = await import('../../access/scope.ts');
  const decision = await authorize(
    db,
    actor,
    'read',
    { target: 'figures', laCode: actor.laCode, suppressed: false },
    { via: 'kestrel indicators' },
  );
  if (!decision.allowed) throw new UsageError(`this user may not read unsuppressed figures (${decision.reason})`, 1);
}

async function onlyCouncil(db: Db): Promise<string> {
  const councils = await db.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code');
  if (councils.length === 1) return councils[0]!.la_code;
  if (councils.length === 0)
    throw new UsageError('the store holds no council yet: import a return or run `kestrel synth`');
  throw new UsageError(`the store holds ${councils.length} councils: say which with --la`);
}
