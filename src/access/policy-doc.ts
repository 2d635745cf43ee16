/**
 * docs/ACCESS.md, printed from the policy table so the document cannot drift from the code
 * (scripts/generate-access-doc.ts writes it; policy-doc.test.ts fails when it is stale).
 */
import { MIN_PASSWORD_LENGTH } from './passwords.ts';
import {
  LOCKOUT_FAILURES,
  LOCKOUT_MINUTES,
  LOCKOUT_WINDOW_MINUTES,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
} from './sessions.ts';
import {
  ACTIONS,
  POLICY,
  RECENT_ALLOCATION_DAYS,
  ROLES,
  TARGETS,
  type Action,
  type Role,
  type Target,
} from './policy.ts';

const SCOPE_WORDS: Record<string, string> = {
  caseload: 'caseload',
  team: 'team',
  service: 'service',
  council: 'council',
  suppressed: 'suppressed only',
};

function cell(role: Role, action: Action, target: Target): string {
  const scopes = POLICY.filter((g) => g.role === role && g.action === action && g.target === target).map(
    (g) => SCOPE_WORDS[g.scope] ?? g.scope,
  );
  return scopes.length > 0 ? scopes.join(', ') : '';
}

/** The account rules the code in src/access enforces, and the commands that manage them. */
const ACCOUNTS = [
  '## Accounts, sessions and the audit trail',
  '',
  `- Passwords: Argon2id (19 MiB, 2 iterations, 1 lane: the OWASP minimum); at least ${MIN_PASSWORD_LENGTH} characters and not one of the`,
  '  10,000 most common passwords (`src/access/data`). Never an argument: `--password-stdin`, or generated and printed once.',
  `- Lockout: ${LOCKOUT_FAILURES} failed passwords within ${LOCKOUT_WINDOW_MINUTES} minutes lock the account for ${LOCKOUT_MINUTES} minutes; a reset lifts it.`,
  `- Sessions: a new random token at every sign-in (a session presented with it is revoked); only its SHA-256 is stored; it lapses`,
  `  after ${SESSION_IDLE_MINUTES} minutes unused or ${SESSION_ABSOLUTE_HOURS} hours after sign-in; disabling a user, resetting their password or changing their role ends all their sessions.`,
  '- Service accounts: API tokens shown once, stored as a SHA-256, acting with one role the account holds, expiring within a year.',
  '- Audit: every sign-in, failure, lockout, refusal and account change writes a row in the same transaction. Each row carries a',
  "  SHA-256 over its content and the previous row's hash, filled in by the database as it is inserted; `kestrel audit verify`",
  '  names any edited or deleted row, `kestrel audit search --child --user --from --to --action` finds rows.',
  '',
  '```',
  'kestrel users add ada --name "Ada Lovelace" --role administrator          # the first administrator; prints a password once',
  'kestrel users add sam --name "Sam Okafor" --role social_worker --worker W17 --password-stdin < password.txt',
  'kestrel users add feed --name "Returns feed" --role performance_analyst --service-account',
  'kestrel users set-role ada administrator --also team_manager --team T3',
  'kestrel users list | disable NAME | reset-password NAME [--password-stdin]',
  'kestrel audit verify',
  'kestrel audit search --child C123 --from 2026-04-01',
  'kestrel users restrict C123 --allow sam tess --reason staff_relative   # only sam and tess may open C123',
  'kestrel users unrestrict C123',
  'kestrel indicators --at 2026-03-31 --explain cla-at-date --as tess      # the children tess may see, audited as her',
  'kestrel sar C123 -o c123.pdf --as dpo                                   # subject access request (JSON or PDF)',
  '```',
  '',
];

/** How the data layer enforces the policy, whatever a route or report forgets. */
const ENFORCEMENT = [
  '## Enforcement in the data layer',
  '',
  '- **Row-level security** (migration `20261205_03`): every table with a `child_id` column (the audit log and the',
  '  restriction tables excepted) and `child` itself have a policy for the role `kestrel_reader`: a row is visible',
  "  only when its council is the actor's and its child is among the ids `visible_child_ids` gave for the actor and",
  '  action. `withActor(db, actor, action, { on }, work)` (`src/access/actor.ts`) works those ids out as the owner,',
  '  sets them for the transaction (`kestrel.actor_la`, `kestrel.visible_children`) and runs `work` as',
  '  `kestrel_reader` (`SET LOCAL ROLE`), a role that is neither superuser nor owner (both bypass policies) and',
  "  holds only SELECT on those tables. Without withActor's settings the reader sees no child at all.",
  '- **Reads through it**: `readChildRecord` (`src/access/child-records.ts`: decision, audit row and every table of',
  "  one child's record in one transaction), the drill-down (`explainIndicators` asks the reader which of the children",
  '  behind a figure it may list) and the subject access request. Figures are computed by the owner and count every',
  '  child, restricted ones too; `evaluateIndicators` returns no child rows to any other caller.',
  '- **Other tables** (accounts, restrictions, adopters, the Supporting Families tables, workforce, figures): the',
  '  reader has no privilege on them at all, so reading one on behalf of a user is refused outright.',
  '- **Not covered by the policies**: writes (the owner writes after `openChild` allows a `change`), and code that',
  '  runs as the owner outside `withActor`, which is why reads of child records go through the functions above.',
  '  The settings only narrow what the reader sees: they guard against a forgotten check, not against SQL injected',
  '  into a statement the reader runs (which could set them); parameters are always bound.',
  '- **Audit log**: the reader may only INSERT into `audit_log` (no SELECT, UPDATE or DELETE); the chain trigger runs',
  "  with its owner's rights to move the chain head; the append-only trigger refuses edits by anyone.",
  '- **PostgreSQL set-up**: roles belong to the server. The migration creates `kestrel_reader` (NOLOGIN) when the',
  '  migrating user may create roles and grants it to that user when not a superuser; otherwise a DBA runs',
  '  `CREATE ROLE kestrel_reader NOLOGIN; GRANT kestrel_reader TO <app user>;` before the first migration.',
  '',
  '## The kestrel command',
  '',
  'Commands run by whoever holds the data directory (or the database password), who could read every table anyway.',
  'Without `--as USER` a command that shows children acts as `cli:<os user>`, council-wide with the one role its',
  'task needs: `performance_analyst` for `kestrel indicators --explain`, `quality_assurance` for `kestrel sar`; it',
  'never sees a restricted child (no one can name a `cli:` actor on a restriction). With `--as USER` it acts as that',
  "account, with the account's scope. Every look is audited under the name used.",
  '',
  '## Subject access requests',
  '',
  '`kestrel sar CHILD -o FILE [--format json|pdf]` gathers every row held on the child and every audit row about it',
  "(who viewed or changed it), and is audited as an export of the child. The council's data protection officer",
  'answers these; the grant (`subject-access`) is given to `quality_assurance`, the role that already reads every',
  "child of the council, and not to `administrator`, who sees no child record. A restricted child's request needs a",
  'user named on the restriction.',
  '',
];

export function renderAccessDoc(): string {
  const out: string[] = [
    '# Who may do what',
    '',
    'Generated from the policy table in `src/access/policy.ts` (`node --import tsx scripts/generate-access-doc.ts > docs/ACCESS.md`).',
    "A blank cell is refused. Every grant is within the user's own council; a user holding several roles has the union of their grants.",
    '',
    'Scopes of child records, computed in the database by `visible_child_ids` (migrations `20261204_01`, `20261205_03`):',
    '',
    `- **caseload**: children allocated to the user's worker record on the date, or whose allocation ended in the last ${RECENT_ALLOCATION_DAYS} days (configurable);`,
    "- **team**: children allocated so to the user's team;",
    "- **service**: children allocated so to any team of the user's service;",
    '- **council**: every child of the council.',
    '',
    'A restricted child (`child_restriction`) is left out of every scope except for the users named on the restriction, who still',
    'need it within their scope; it is refused as "not found", so a refusal does not reveal it exists, and it still counts in every aggregate.',
    'Figures marked **suppressed only** are aggregates with small numbers suppressed as in public outputs, never a child.',
    '',
    'The practice tools (drift, workload, proceedings, missing) are granted at a level: **caseload** the figures of the',
    "user's own worker record, **team** of the user's team and its workers, **council** any level. The children a tool",
    'lists are only those the user may `list` among child records, each audited in the same transaction.',
    '',
  ];
  for (const target of TARGETS) {
    const actions = ACTIONS.filter((action) => POLICY.some((g) => g.action === action && g.target === target));
    out.push(`## ${target}`, '', `| role | ${actions.join(' | ')} |`, `|---|${actions.map(() => '---|').join('')}`);
    for (const role of ROLES)
      out.push(`| ${role} | ${actions.map((action) => cell(role, action, target)).join(' | ')} |`);
    out.push('');
  }
  out.push(...ACCOUNTS, ...ENFORCEMENT);
  return out.join('\n');
}
