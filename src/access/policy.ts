/**
 * Who may do what, as data: one grant per role, action and target, with the scope it reaches. Routes,
 * commands and the data layer all ask `decide`; the scope of a child-record grant is turned into child
 * ids by the SQL function visible_child_ids (scope.ts), so a caller that forgets a check still cannot
 * read outside it. docs/ACCESS.md prints this table (scripts/generate-access-doc.ts).
 */

/** The seven roles of DOMAIN.md, as app_user.role spells them. */
export const ROLES = [
  'social_worker',
  'team_manager',
  'head_of_service',
  'performance_analyst',
  'quality_assurance',
  'councillor',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'read',
  'list',
  'drill-down',
  'export',
  'import',
  'change',
  'manage-users',
  'manage-framework',
  'audit-search',
  'subject-access',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * What an action applies to: a child's record, aggregate figures (indicators, reports), statutory
 * returns, user accounts, the performance framework (targets, bands), the audit log, or one of the
 * practice tools beside the scorecard (issue 14, src/practice): case file audits, team health checks,
 * the placement budget and demand forecasts (`money`), the improvement plan, the drift list of statutory
 * clocks, workload, the care proceedings and permanence tracker, and missing and exploitation.
 */
export const TARGETS = [
  'child',
  'figures',
  'returns',
  'users',
  'framework',
  'audit',
  'case-audits',
  'health-checks',
  'money',
  'improvement-plan',
  'drift',
  'workload',
  'proceedings',
  'missing',
] as const;
export type Target = (typeof TARGETS)[number];

/**
 * How far a grant reaches. For a practice tool: the level its figures may be asked at (caseload: the
 * user's own worker record, team: the user's team, council: any level); the children it lists are
 * further those the user may `list` (child grants below), as the data layer says. For child records:
 * caseload (allocated to the user's worker record now or in the last RECENT_ALLOCATION_DAYS), team, service (the teams of the user's service), council. For
 * figures, `suppressed` allows only aggregates with small numbers suppressed as in public outputs.
 * Everything is within the user's own council.
 */
export const SCOPES = ['caseload', 'team', 'service', 'council', 'suppressed'] as const;
export type Scope = (typeof SCOPES)[number];

/** Scopes that name a set of children (the ones visible_child_ids understands). */
export type ChildScope = Exclude<Scope, 'suppressed'>;

/** A social worker keeps access to a child for this many days after the allocation ends (configurable). */
export const RECENT_ALLOCATION_DAYS = 90;

export interface Grant {
  role: Role;
  action: Action;
  target: Target;
  scope: Scope;
}

function grants(role: Role, target: Target, scope: Scope, actions: readonly Action[]): Grant[] {
  return actions.map((action) => ({ role, action, target, scope }));
}

const CHILD_WORK = ['read', 'list', 'drill-down', 'change'] as const;

/**
 * The practice tools each role uses, at the level of its work: a social worker their own cases, a team
 * manager their team, heads of service and the council-wide officers the council. Workload names staff
 * and their points, so it is for those who manage caseloads (and the analyst), not for quality assurance.
 */
function practiceGrants(role: Role, scope: Scope, tools: readonly Target[]): Grant[] {
  return tools.map((target) => ({ role, action: 'read', target, scope }));
}
const CASEWORK_TOOLS = ['drift', 'workload', 'proceedings', 'missing'] as const;
const OVERSIGHT_TOOLS = ['drift', 'proceedings', 'missing'] as const;
const READ_ONLY = ['read', 'list', 'drill-down'] as const;

/** The policy. A role, action and target with no grant here is refused. */
export const POLICY: readonly Grant[] = [
  ...grants('social_worker', 'child', 'caseload', CHILD_WORK),
  ...grants('social_worker', 'figures', 'council', ['read']),
  ...grants('team_manager', 'child', 'team', [...CHILD_WORK, 'export']),
  ...grants('team_manager', 'figures', 'council', ['read', 'export']),
  ...grants('head_of_service', 'child', 'service', [...CHILD_WORK, 'export']),
  ...grants('head_of_service', 'figures', 'council', ['read', 'export']),
  ...grants('performance_analyst', 'child', 'council', [...READ_ONLY, 'export']),
  ...grants('performance_analyst', 'figures', 'council', ['read', 'export']),
  ...grants('performance_analyst', 'returns', 'council', ['import', 'export']),
  ...grants('quality_assurance', 'child', 'council', READ_ONLY),
  ...grants('quality_assurance', 'figures', 'council', ['read', 'export']),
  ...grants('quality_assurance', 'audit', 'council', ['audit-search']),
  // A subject access request (UK GDPR art. 15; `kestrel sar`) gathers everything held on one child and
  // who viewed it. The council's data protection officer answers it; of the seven roles the QA officer
  // is the one that already reads every child of the council, read only. Not the administrator: the
  // issue keeps administrators out of child records unless they also hold a practice role.
  ...grants('quality_assurance', 'child', 'council', ['subject-access']),
  // Commentary and actions on a measure (framework/commentary.ts, append-only): written by its responsible
  // officer, a head of service in the councils' frameworks, and by the performance team that compiles
  // the scorecard for them. 'change' on figures is only ever that: the figures themselves are computed.
  ...grants('head_of_service', 'figures', 'council', ['change']),
  ...grants('performance_analyst', 'figures', 'council', ['change']),
  ...grants('councillor', 'figures', 'suppressed', ['read', 'export']),
  ...practiceGrants('social_worker', 'caseload', CASEWORK_TOOLS),
  ...practiceGrants('team_manager', 'team', CASEWORK_TOOLS),
  ...practiceGrants('head_of_service', 'council', CASEWORK_TOOLS),
  ...practiceGrants('performance_analyst', 'council', CASEWORK_TOOLS),
  ...practiceGrants('quality_assurance', 'council', OVERSIGHT_TOOLS),
  ...grants('administrator', 'users', 'council', ['manage-users']),
  ...grants('administrator', 'framework', 'council', ['manage-framework']),
  ...grants('administrator', 'audit', 'council', ['audit-search']),
  // The practice tools (issue 14). Seed 002: case file audits are the quality assurance service's work
  // (drawn, recorded and moderated by it), read by managers for their own teams and services; team
  // health checks are undertaken by the Director and Assistant Director (heads of service here) with
  // the QA service, and read by the team's manager; the improvement plan is owned by the heads of
  // service and read by those who report on it; the placement budget and demand forecasts are the
  // analysts' and the heads of service's. `team` and `service` here mean the audits and checks of the
  // user's own team or service (src/web/practice-access.ts).
  ...grants('quality_assurance', 'case-audits', 'council', ['read', 'change']),
  ...grants('team_manager', 'case-audits', 'team', ['read']),
  ...grants('head_of_service', 'case-audits', 'service', ['read']),
  ...grants('quality_assurance', 'health-checks', 'council', ['read', 'change']),
  ...grants('head_of_service', 'health-checks', 'council', ['read', 'change']),
  ...grants('team_manager', 'health-checks', 'team', ['read']),
  ...grants('performance_analyst', 'money', 'council', ['read']),
  ...grants('head_of_service', 'money', 'council', ['read']),
  ...grants('head_of_service', 'improvement-plan', 'council', ['read', 'change']),
  ...grants('performance_analyst', 'improvement-plan', 'council', ['read']),
  ...grants('quality_assurance', 'improvement-plan', 'council', ['read']),
];

/** Someone acting: a signed-in user, or a service account through a token that carries one role. */
export interface Actor {
  laCode: string;
  userId: string;
  roles: readonly Role[];
  active: boolean;
}

/**
 * What is being acted on. For a child, `visible` says whether the child is among those the data layer
 * returns for this actor and action (scope.ts): decide never sees a child it was not told about.
 */
export type Resource =
  | { target: 'child'; laCode: string; childId: string; visible: boolean }
  | { target: 'figures'; laCode: string; suppressed: boolean }
  | { target: Exclude<Target, 'child' | 'figures'>; laCode: string };

export type Decision = { allowed: true; grant: Grant } | { allowed: false; reason: RefusalReason };

/** Why a request was refused; `not_found` is what a child outside scope looks like to the caller. */
export type RefusalReason = 'inactive' | 'other_council' | 'no_grant' | 'not_found' | 'unsuppressed';

/** The grants the actor's roles give for an action on a target (several when they hold several roles). */
export function grantsFor(roles: readonly Role[], action: Action, target: Target): Grant[] {
  return POLICY.filter((grant) => roles.includes(grant.role) && grant.action === action && grant.target === target);
}

/** The child scopes the actor's roles reach for an action: what visible_child_ids is asked for. */
export function childScopes(roles: readonly Role[], action: Action): ChildScope[] {
  return [
    ...new Set(
      grantsFor(roles, action, 'child')
        .map((grant) => grant.scope)
        .filter((scope): scope is ChildScope => scope !== 'suppressed'),
    ),
  ];
}

/** Decides one request from the policy table. Pure: the data layer supplies what it needs to know. */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (!actor.active) return { allowed: false, reason: 'inactive' };
  if (resource.laCode !== actor.laCode)
    return { allowed: false, reason: resource.target === 'child' ? 'not_found' : 'other_council' };
  const matching = grantsFor(actor.roles, action, resource.target);
  if (resource.target === 'child') {
    // A child outside scope is refused as absent, so a refusal does not reveal that the child exists.
    if (matching.length === 0) return { allowed: false, reason: 'no_grant' };
    return resource.visible ? { allowed: true, grant: matching[0]! } : { allowed: false, reason: 'not_found' };
  }
  if (matching.length === 0) return { allowed: false, reason: 'no_grant' };
  if (resource.target === 'figures' && !resource.suppressed) {
    const full = matching.find((grant) => grant.scope !== 'suppressed');
    return full ? { allowed: true, grant: full } : { allowed: false, reason: 'unsuppressed' };
  }
  return { allowed: true, grant: matching[0]! };
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
