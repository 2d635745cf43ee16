/**
 * docs/ACCESS.md, printed from the policy table so the document cannot drift from the code
 * (scripts/generate-access-doc.ts writes it; policy-doc.test.ts fails when it is stale).
 */
import { ACTIONS, POLICY, RECENT_ALLOCATION_DAYS, ROLES, TARGETS, type Action, type Role, type Target } from './policy.ts';

const SCOPE_WORDS: Record<string, string> = {
  caseload: 'caseload',
  team: 'team',
  service: 'service',
  council: 'council',
  suppressed: 'suppressed only',
};

function cell(role: Role, action: Action, target: Target): string {
  const scopes = POLICY.filter((g) => g.role === role && g.action === action && g.target === target).map((g) => SCOPE_WORDS[g.scope] ?? g.scope);
  return scopes.length > 0 ? scopes.join(', ') : '';
}

export function renderAccessDoc(): string {
  const out: string[] = [
    '# Who may do what',
    '',
    'Generated from the policy table in `src/access/policy.ts` (`node --import tsx scripts/generate-access-doc.ts > docs/ACCESS.md`).',
    'A blank cell is refused. Every grant is within the user\'s own council; a user holding several roles has the union of their grants.',
    '',
    'Scopes of child records, computed in the database by `visible_child_ids` (migration `20261204_01`):',
    '',
    `- **caseload**: children allocated to the user's worker record on the date, or whose allocation ended in the last ${RECENT_ALLOCATION_DAYS} days (configurable);`,
    '- **team**: children allocated so to the user\'s team;',
    '- **service**: children allocated so to any team of the user\'s service;',
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
    for (const role of ROLES) out.push(`| ${role} | ${actions.map((action) => cell(role, action, target)).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}
