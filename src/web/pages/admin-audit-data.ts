/**
 * The audit search behind the Audit trail page, as `kestrel audit search` does it (access/audit-chain.ts
 * `searchAudit`, newest first), within the caller's council and a page at a time, and the hash chain's
 * verification (`verifyAuditChain`) when asked for: it reads the whole log, so it runs on request, not
 * on every page. A search is itself audited, in the same transaction: reading who looked at a child is a
 * look at that child's record.
 */
import { recordAudit, type AuditAction } from '../../access/audit.ts';
import { searchAudit, type AuditRow, type AuditSearch } from '../../access/audit-chain.ts';
import { findUser } from '../../access/users.ts';
import type { Db } from '../../store/db.ts';
import type { FieldError } from './admin-form.tsx';
import type { AdminRequest } from './admin-users-data.ts';

/** Every AuditAction, for the filter's choices (the type in audit.ts is the one definition). */
export const AUDIT_ACTIONS = [
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
] as const satisfies readonly AuditAction[];

export const PAGE_SIZE = 50;
/** Pages go back this far (5,000 rows); narrower filters reach older rows. */
export const MAX_PAGE = 100;

export interface AuditFilter {
  user: string;
  child: string;
  action: string;
  from: string;
  to: string;
}

export interface AuditQuery {
  filter: AuditFilter;
  page: number;
  errors: FieldError[];
  verify: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return ISO_DATE.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The filter from the page's query string, with a problem per field that cannot be searched on. */
export function readAuditQuery(query: (name: string) => string | undefined): AuditQuery {
  const value = (name: string, max: number) => (query(name) ?? '').trim().slice(0, max);
  const filter: AuditFilter = {
    user: value('user', 64),
    child: value('child', 20),
    action: value('action', 20),
    from: value('from', 10),
    to: value('to', 10),
  };
  const errors: FieldError[] = [];
  if (filter.child && !/^[A-Za-z0-9]{1,20}$/.test(filter.child))
    errors.push({ field: 'child', message: 'Enter a child id of letters and digits' });
  if (filter.action && !(AUDIT_ACTIONS as readonly string[]).includes(filter.action))
    errors.push({ field: 'action', message: 'Select an action from the list' });
  for (const [field, words] of [
    ['from', 'From'],
    ['to', 'To'],
  ] as const)
    if (filter[field] && !isRealDate(filter[field]))
      errors.push({ field, message: `${words} must be a real date written as YYYY-MM-DD, for example 2026-06-30` });
  if (errors.length === 0 && filter.from && filter.to && filter.from > filter.to)
    errors.push({ field: 'to', message: 'To must be the same as or after From' });
  const page = Number(query('page') ?? '1');
  return {
    filter,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    errors,
    verify: query('verify') === '1',
  };
}

export interface AuditLine extends AuditRow {
  /** The acting user's user name, or the command (`cli:import`) as recorded. */
  actorName: string;
}

export interface AuditPage {
  rows: AuditLine[];
  page: number;
  hasNext: boolean;
}

/**
 * One page of rows matching the filter in the actor's council, with the search audited. An unknown user
 * name finds nothing rather than everything; `cli:...` names a command, as the CLI accepts.
 */
export async function searchAuditPage(
  db: Db,
  request: AdminRequest,
  filter: AuditFilter,
  page: number,
  now: Date,
): Promise<AuditPage> {
  const laCode = request.actor.laCode;
  return db.transaction(async (tx) => {
    const user = filter.user ? await findUser(tx, filter.user) : undefined;
    const actor = filter.user ? (user && user.la_code === laCode ? user.id : filter.user) : undefined;
    const search: AuditSearch = {
      laCode,
      actor,
      childId: filter.child || undefined,
      action: (filter.action || undefined) as AuditAction | undefined,
      from: filter.from || undefined,
      to: filter.to || undefined,
      limit: page * PAGE_SIZE + 1,
    };
    const found = await searchAudit(tx, search);
    const rows = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const ids = [...new Set(rows.map((row) => row.actor))];
    const names = await tx.query<{ id: string; username: string }>(
      'SELECT id, username FROM app_user WHERE la_code = $1 AND id = ANY($2::text[])',
      [laCode, ids],
    );
    const nameOf = new Map(names.map((row) => [row.id, row.username]));
    const asked = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== ''));
    await recordAudit(tx, {
      laCode,
      actor: request.actor.userId,
      action: 'view',
      entity: 'audit_log',
      childId: filter.child || null,
      at: now,
      detail: { search: asked, page, rows: rows.length, via: request.via, address: request.address },
    });
    return {
      rows: rows.map((row) => ({ ...row, actorName: nameOf.get(row.actor) ?? row.actor })),
      page,
      hasNext: found.length > page * PAGE_SIZE && page < MAX_PAGE,
    };
  });
}

/** The query string of a filter and page, for pagination links (empty fields left out). */
export function auditHref(filter: AuditFilter, page: number, verify = false): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (page > 1) params.set('page', String(page));
  if (verify) params.set('verify', '1');
  const query = params.toString();
  return `/admin/audit${query ? `?${query}` : ''}`;
}
