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
 * returns, user accounts, the performance framework (targets, bands), or the audit log.
 */
export const TARGETS = ['child', 'figures', 'returns', 'users', 'framework', 'audit'] as const;
export type Target = (typeof TARGETS)[number];

/**
 * How far a grant reaches. For child records: caseload (allocated to the user's worker record now or
 * in the last RECENT_ALLOCATION_DAYS), team, service (the teams of the user's service), council. For
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
  ...grants('administrator', 'users', 'council', ['manage-users']),
  ...grants('administrator', 'framework', 'council', ['manage-framework']),
  ...grants('administrator', 'audit', 'council', ['audit-search']),
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
