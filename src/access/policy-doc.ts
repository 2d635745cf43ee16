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
  '```',
  '',
];

export function renderAccessDoc(): string {
  const out: string[] = [
    '# Who may do what',
    '',
    'Generated from the policy table in `src/access/policy.ts` (`node --import tsx scripts/generate-access-doc.ts > docs/ACCESS.md`).',
    "A blank cell is refused. Every grant is within the user's own council; a user holding several roles has the union of their grants.",
    '',
    'Scopes of child records, computed in the database by `visible_child_ids` (migration `20261204_01`):',
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
  ];
  for (const target of TARGETS) {
    const actions = ACTIONS.filter((action) => POLICY.some((g) => g.action === action && g.target === target));
    out.push(`## ${target}`, '', `| role | ${actions.join(' | ')} |`, `|---|${actions.map(() => '---|').join('')}`);
    for (const role of ROLES)
      out.push(`| ${role} | ${actions.map((action) => cell(role, action, target)).join(' | ')} |`);
    out.push('');
  }
  out.push(...ACCOUNTS);
  return out.join('\n');
}
