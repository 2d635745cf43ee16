/**
 * `kestrel audit verify|search`: check that the audit log's hash chain is whole (no row edited or
 * deleted), and find rows by child, user, date and action. A search is itself audited (as `cli:audit`):
 * reading who looked at a child is a look at that child's record.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { AuditAction } from '../../access/audit.ts';
import type { AuditSearch } from '../../access/audit-chain.ts';
import { UsageError } from '../errors.ts';
import {
  integerOption,
  isoDateOption,
  laCodeOption,
  openMigratedStore,
  withStoreOptions,
  type StoreFlags,
} from '../options.ts';

const ACTIONS: readonly AuditAction[] = [
  'view',
  'create',
  'update',
  'delete',
  'import',
  'export',
  'sign_in',
  'sign_out',
  'denied',
  'generate',
];

interface SearchFlags extends StoreFlags {
  la?: string;
  child?: string;
  user?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
  limit: number;
}

function actionOption(value: string): AuditAction {
  if (!(ACTIONS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${ACTIONS.join(', ')}, got "${value}"`);
  return value as AuditAction;
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the audit log: verify its hash chain, search it');
  withStoreOptions(
    audit.command('verify').description('recompute the hash chain; exit 1 naming any edited or deleted row'),
  ).action(runVerify);
  withStoreOptions(
    audit
      .command('search')
      .description('audit rows by child, user, date and action, newest first (tab-separated)')
      .option('--la <code>', 'council', laCodeOption)
      .option('--child <id>', 'child id')
      .option('--user <name>', 'username, user id or command (e.g. cli:import)')
      .option('--action <action>', `one of ${ACTIONS.join(', ')}`, actionOption)
      .option('--from <date>', 'on or after this date (YYYY-MM-DD)', isoDateOption)
      .option('--to <date>', 'on or before this date (YYYY-MM-DD)', isoDateOption)
      .option('--limit <n>', 'at most this many rows', integerOption(1, 1_000_000), 1000),
  ).action(runSearch);
}

async function runVerify(flags: StoreFlags): Promise<void> {
  const store = await openMigratedStore(flags);
  try {
    const report = await (await import('../../access/audit-chain.ts')).verifyAuditChain(store);
    for (const problem of report.problems) process.stdout.write(`${problem.kind}: ${problem.message}\n`);
    if (report.problems.length > 0)
      throw new UsageError(
        `audit log: ${report.problems.length} problem(s) in ${report.rows} row(s); the log has been tampered with`,
        1,
      );
    process.stdout.write(
      `audit log: ${report.rows} row(s), chain intact; head ${report.headSeq} ${report.headHash} (record it elsewhere to detect a rewrite)\n`,
    );
  } finally {
    await store.close();
  }
}

async function runSearch(flags: SearchFlags): Promise<void> {
  if (flags.from && flags.to && flags.from > flags.to)
    throw new UsageError(`--from ${flags.from} is after --to ${flags.to}`);
  const store = await openMigratedStore(flags);
  try {
    const user = flags.user ? await (await import('../../access/users.ts')).findUser(store, flags.user) : undefined;
    const search: AuditSearch = {
      laCode: flags.la ?? user?.la_code,
      childId: flags.child,
      actor: user?.id ?? flags.user,
      action: flags.action,
      from: flags.from,
      to: flags.to,
      limit: flags.limit,
    };
    const rows = await store.transaction(async (tx) => {
      const found = await (await import('../../access/audit-chain.ts')).searchAudit(tx, search);
      const laCode = search.laCode ?? found[0]?.la_code;
      if (laCode) {
        const asked = Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined));
        await (await import('../../access/audit.ts')).recordAudit(tx, {
          laCode,
          actor: 'cli:audit',
          action: 'view',
          entity: 'audit_log',
          childId: flags.child ?? null,
          detail: { search: asked, rows: found.length },
        });
      }
      return found;
    });
    process.stdout.write('at\tcouncil\tactor\taction\tentity\tentity_id\tchild_id\tdetail\n');
    for (const row of rows) {
      const cells = [
        row.at.toISOString(),
        row.la_code,
        row.actor,
        row.action,
        row.entity,
        row.entity_id ?? '',
        row.child_id ?? '',
        row.detail ? JSON.stringify(row.detail) : '',
      ];
      process.stdout.write(`${cells.map((cell) => cell.replace(/[\t\n]/g, ' ')).join('\t')}\n`);
    }
    process.stderr.write(
      `${rows.length} row(s)${rows.length === flags.limit ? ` (the first ${flags.limit}; narrow the search or raise --limit)` : ''}\n`,
    );
  } finally {
    await store.close();
  }
}
