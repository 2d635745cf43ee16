/**
 * `kestrel users add|list|disable|reset-password|set-role|restrict|unrestrict`: the accounts that sign in
 * to Kestrel, and the restricted records only named users may open. Run
 * by whoever administers the server (the first administrator is made this way). A password is read from
 * standard input with --password-stdin, or generated and printed once; it is never an argument, which
 * would leave it in the shell history and the process list. Every change is audited as `cli:users`.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { RolePlacement, UserRow } from '../../access/users.ts';
import { isRole, ROLES, type Role } from '../../access/policy.ts';
import type { Db } from '../../store/db.ts';
import { UsageError } from '../errors.ts';
import { laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';

const ACTOR = 'cli:users';

/** The accounts module (and Argon2 behind it) is loaded only when a users command runs, so `--help` stays fast. */
const accounts = () => import('../../access/users.ts');

interface PlacementFlags extends StoreFlags {
  also?: Role[];
  team?: string;
  worker?: string;
  service?: string;
}

interface AddFlags extends PlacementFlags {
  la?: string;
  name: string;
  role: Role;
  passwordStdin?: boolean;
  identityProvider?: boolean;
  serviceAccount?: boolean;
}

function roleOption(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`expected one of ${ROLES.join(', ')}, got "${value}"`);
  return value;
}

function rolesOption(value: string): Role[] {
  return value.split(',').map((role) => roleOption(role.trim()));
}

function withPlacement(command: Command): Command {
  return command
    .option(
      '--also <roles>',
      'further roles held as well, comma-separated (e.g. an administrator who is also a team_manager)',
      rolesOption,
    )
    .option('--team <id>', 'team (a team_manager sees its children)')
    .option('--worker <id>', 'worker record (a social_worker sees the children allocated to it)')
    .option('--service <id>', 'service (a head_of_service sees the children of its teams)');
}

export function registerUsers(program: Command): void {
  const users = program
    .command('users')
    .description('user accounts: add, list, disable, reset a password, change a role');
  withStoreOptions(
    withPlacement(
      users
        .command('add')
        .description(
          'add a user (the password is read from stdin with --password-stdin, or generated and printed once)',
        )
        .argument('<username>', 'sign-in name')
        .requiredOption('--name <name>', 'name shown in the interface and the audit log')
        .requiredOption('--role <role>', `role: ${ROLES.join(', ')}`, roleOption)
        .option('--la <code>', 'council code (when the store holds several)', laCodeOption)
        .option('--password-stdin', 'read the password from standard input')
        .option('--identity-provider', "no password: the user signs in through the council's identity provider")
        .option('--service-account', 'an integration that uses API tokens, never a password'),
    ),
  ).action((username: string, flags: AddFlags) => withStore(flags, (db) => runAdd(db, username, flags)));
  withStoreOptions(
    users.command('list').description('list users').option('--la <code>', 'only this council', laCodeOption),
  ).action((flags: StoreFlags & { la?: string }) => withStore(flags, (db) => runList(db, flags.la)));
  withStoreOptions(
    users
      .command('disable')
      .description('withdraw access at once (the account is kept for the audit trail)')
      .argument('<username>'),
  ).action((username: string, flags: StoreFlags) =>
    withStore(flags, async (db) => {
      await (await accounts()).disableUser(db, username, ACTOR);
      process.stdout.write(`${username}: disabled; its sessions and tokens are revoked.\n`);
    }),
  );
  withStoreOptions(
    users
      .command('reset-password')
      .description(
        'set a new password (from stdin with --password-stdin, or generated and printed once); lifts a lockout',
      )
      .argument('<username>')
      .option('--password-stdin', 'read the password from standard input'),
  ).action((username: string, flags: StoreFlags & { passwordStdin?: boolean }) =>
    withStore(flags, async (db) => {
      const { password, generated } = await choosePassword(flags.passwordStdin);
      await (await accounts()).resetPassword(db, username, password, ACTOR);
      process.stdout.write(`${username}: password reset; its sessions are revoked.\n`);
      if (generated) printPasswordOnce(password);
    }),
  );
  withStoreOptions(
    withPlacement(
      users
        .command('set-role')
        .description("change a user's role (their sessions end)")
        .argument('<username>')
        .argument('<role>', ROLES.join(', '), roleOption),
    ),
  ).action((username: string, role: Role, flags: PlacementFlags) =>
    withStore(flags, async (db) => {
      const user = await (await accounts()).setRole(db, username, { role, ...placementOf(flags) }, ACTOR);
      process.stdout.write(`${username}: now ${rolesOf(user)}${scopeOf(user) ? ` (${scopeOf(user)})` : ''}.\n`);
    }),
  );
  registerRestrictions(users);
}

function registerRestrictions(users: Command): void {
  withStoreOptions(
    users
      .command('restrict')
      .description('restrict a child: only the users named may open the record (it still counts in figures)')
      .argument('<child>', 'child id')
      .requiredOption('--allow <users...>', 'usernames who may open it (they also need it within their scope)')
      .option('--reason <reason>', `one of ${RESTRICTION_REASON_WORDS.join(', ')}`, reasonOption, 'other')
      .option('--note <text>', 'why, for administrators (never shown to those refused)')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action((child: string, flags: RestrictFlags) =>
    withStore(flags, async (db) => {
      const laCode = flags.la ?? (await onlyCouncil(db));
      const { restrictChild } = await import('../../access/restrictions.ts');
      await restrictChild(
        db,
        { laCode, childId: child, reason: flags.reason, note: flags.note, allow: flags.allow },
        ACTOR,
      );
      process.stdout.write(`${child}: restricted; only ${flags.allow.join(', ')} may open it.\n`);
    }),
  );
  withStoreOptions(
    users
      .command('unrestrict')
      .description("lift a child's restriction: the record is open to the usual scopes again")
      .argument('<child>', 'child id')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action((child: string, flags: StoreFlags & { la?: string }) =>
    withStore(flags, async (db) => {
      const laCode = flags.la ?? (await onlyCouncil(db));
      await (await import('../../access/restrictions.ts')).liftRestriction(db, laCode, child, ACTOR);
      process.stdout.write(`${child}: restriction lifted.\n`);
    }),
  );
}

/** As access/restrictions.ts RESTRICTION_REASONS, here so that `--help` loads no store module. */
const RESTRICTION_REASON_WORDS = ['staff_relative', 'adoption_in_progress', 'high_profile', 'other'] as const;
type RestrictionReasonWord = (typeof RESTRICTION_REASON_WORDS)[number];

interface RestrictFlags extends StoreFlags {
  allow: string[];
  reason: RestrictionReasonWord;
  note?: string;
  la?: string;
}

function reasonOption(value: string): RestrictionReasonWord {
  if (!(RESTRICTION_REASON_WORDS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${RESTRICTION_REASON_WORDS.join(', ')}, got "${value}"`);
  return value as RestrictionReasonWord;
}

/** Opens the store, runs the work, and turns account problems into one line and exit code 2. */
async function withStore(flags: StoreFlags, work: (db: Db) => Promise<void>): Promise<void> {
  const store = await openMigratedStore(flags);
  try {
    await work(store);
  } catch (error) {
    if (error instanceof (await accounts()).AccountError) throw new UsageError(error.message, 2);
    throw error;
  } finally {
    await store.close();
  }
}

function placementOf(flags: PlacementFlags): Omit<RolePlacement, 'role'> {
  return { additionalRoles: flags.also, teamId: flags.team, workerId: flags.worker, serviceId: flags.service };
}

async function runAdd(db: Db, username: string, flags: AddFlags): Promise<void> {
  if (flags.identityProvider && flags.passwordStdin)
    throw new UsageError('give --identity-provider or --password-stdin, not both');
  if (flags.serviceAccount && flags.passwordStdin)
    throw new UsageError('a service account has no password: drop --password-stdin');
  const laCode = flags.la ?? (await onlyCouncil(db));
  const noPassword = flags.identityProvider || flags.serviceAccount;
  const chosen = noPassword ? undefined : await choosePassword(flags.passwordStdin);
  const user = await (await accounts()).addUser(
    db,
    {
      laCode,
      username,
      displayName: flags.name,
      role: flags.role,
      serviceAccount: flags.serviceAccount,
      ...placementOf(flags),
    },
    chosen?.password ?? null,
    ACTOR,
  );
  process.stdout.write(`${user.username}: added to council ${user.la_code} as ${rolesOf(user)}.\n`);
  if (chosen?.generated) printPasswordOnce(chosen.password);
}

async function runList(db: Db, laCode: string | undefined): Promise<void> {
  const users = await (await accounts()).listUsers(db, laCode);
  const now = new Date();
  process.stdout.write('council\tusername\tname\troles\tscope\tstatus\n');
  for (const user of users) {
    const status = !user.active
      ? 'disabled'
      : user.locked_until && user.locked_until > now
        ? 'locked'
        : user.service_account
          ? 'service account'
          : 'active';
    process.stdout.write(
      `${user.la_code}\t${user.username}\t${user.display_name}\t${rolesOf(user)}\t${scopeOf(user)}\t${status}\n`,
    );
  }
  if (users.length === 0)
    process.stderr.write(
      'no users yet: add the first administrator with `kestrel users add NAME --name "..." --role administrator`\n',
    );
}

function rolesOf(user: UserRow): string {
  return [user.role, ...user.additional_roles].join('+');
}

function scopeOf(user: UserRow): string {
  return [
    user.worker_id && `worker ${user.worker_id}`,
    user.team_id && `team ${user.team_id}`,
    user.service_id && `service ${user.service_id}`,
  ]
    .filter(Boolean)
    .join(', ');
}

async function onlyCouncil(db: Db): Promise<string> {
  const councils = await db.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code');
  if (councils.length === 1) return councils[0]!.la_code;
  if (councils.length === 0)
    throw new UsageError('the store holds no council yet: import a return or run `kestrel synth` first');
  throw new UsageError(`the store holds ${councils.length} councils: say which with --la`);
}

async function choosePassword(fromStdin: boolean | undefined): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: (await import('../../access/passwords.ts')).generatePassword(), generated: true };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!password) throw new UsageError('no password on standard input');
  return { password, generated: false };
}

function printPasswordOnce(password: string): void {
  process.stdout.write(`password (shown once, stored only as a hash): ${password}\n`);
}
