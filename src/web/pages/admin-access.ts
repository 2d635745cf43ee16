/**
 * Who may use the Administration pages, asked of the policy (src/access/policy.ts) and nothing else:
 * accounts and restrictions need `manage-users`, the framework `manage-framework`, the audit search
 * `audit-search`. A route refused here answers as every other page's refusal does (a 403 page, the
 * refusal audited by `authorize` in the same request).
 */
import type { Context } from 'hono';
import { decide, type Action, type Actor } from '../../access/policy.ts';
import { authorize } from '../../access/scope.ts';
import { refusal } from '../api/caller.ts';
import type { RequestEnv } from '../request-store.ts';

export interface AdminArea {
  id: 'users' | 'restrictions' | 'framework' | 'audit';
  href: string;
  title: string;
  description: string;
  action: Action;
  target: 'users' | 'framework' | 'audit';
}

export const ADMIN_AREAS: readonly AdminArea[] = [
  {
    id: 'users',
    href: '/admin/users',
    title: 'Users and roles',
    description: 'Add people, change their role, reset a password or disable an account.',
    action: 'manage-users',
    target: 'users',
  },
  {
    id: 'restrictions',
    href: '/admin/restrictions',
    title: 'Restricted records',
    description: 'Children only the people named may open, and who they are.',
    action: 'manage-users',
    target: 'users',
  },
  {
    id: 'framework',
    href: '/admin/framework',
    title: 'Performance framework',
    description: 'Measures, targets and bands in force, their versions, and a new version.',
    action: 'manage-framework',
    target: 'framework',
  },
  {
    id: 'audit',
    href: '/admin/audit',
    title: 'Audit trail',
    description: 'Who viewed or changed what, and whether the trail is intact.',
    action: 'audit-search',
    target: 'audit',
  },
];

/** The areas the actor's roles may use (pure: no audit row for merely drawing a menu). */
export function areasFor(actor: Actor): AdminArea[] {
  return ADMIN_AREAS.filter(
    (area) => decide(actor, area.action, { target: area.target, laCode: actor.laCode }).allowed,
  );
}

/** Whether the service navigation shows Administration to this actor. */
export function administers(actor: Actor): boolean {
  return areasFor(actor).length > 0;
}

/** Refuses (403, audited) a caller whose roles may not use the area. */
export async function requireArea(
  c: Context<RequestEnv>,
  context: { actor: Actor; via: string; address: string },
  id: AdminArea['id'],
): Promise<void> {
  const area = ADMIN_AREAS.find((candidate) => candidate.id === id)!;
  const resource = { target: area.target, laCode: context.actor.laCode };
  const decision = await authorize(c.var.db(), context.actor, area.action, resource, {
    via: context.via,
    address: context.address,
  });
  if (!decision.allowed) throw refusal(decision);
}
