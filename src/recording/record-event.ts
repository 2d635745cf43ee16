/**
 * Recording an event on a child's record at the point of entry. In one transaction:
 *  1. the policy decides (`change` on the child, within the actor's scope) and a refusal is audited;
 *  2. the child's version is locked and compared with the one the form was read at (a stale form is
 *     refused with the changes recorded since; submitting again at the version shown confirms it);
 *  3. the DfE rules the store enforces itself are checked (guards), then the child's return tables
 *     are built and checked by the DfE rules of the event's collection year before and after the
 *     rows are written (child-findings.ts); a finding the change introduced blocks it when an error,
 *     and asks for `confirm` when a query; either way the transaction is rolled back;
 *  4. the version is bumped and the audit row (create or update, the table, the child, the version)
 *     written, committed with the rows, so the indicators, which read the same tables, move at once.
 */
import { recordAudit } from '../access/audit.ts';
import type { Actor, RefusalReason } from '../access/policy.ts';
import { decideChild, type ChildAccessContext } from '../access/scope.ts';
import type { Db } from '../store/db.ts';
import {
  childFindings,
  collectionYearOf,
  introducedFindings,
  type ChildFinding,
  type ChildTarget,
} from './child-findings.ts';
import { MissingRecordError, type EventKind, type Written } from './event-kind.ts';
import { eventKind } from './kinds.ts';
import { bumpRecordVersion, changesSince, lockRecordVersion, type ChangeSince } from './record-version.ts';

export interface RecordRequest {
  /** The input of the event's form (checked by its schema). */
  input: unknown;
  /** The child's version the form was read at (GET /api/children/{id}/version). */
  version: number;
  /** True to record despite the DfE queries (not errors) the change raises. */
  confirm?: boolean | undefined;
}

/** One problem with the input, beside the form field it belongs to. */
export interface FieldIssue {
  field: string;
  message: string;
  severity: 'error' | 'query';
  /** The DfE rule, when a rule of a statutory return says so. */
  rule?: { returnName: '903' | 'cin'; code: string } | undefined;
}

export type RecordOutcome =
  | { status: 'recorded'; written: Written; version: number; confirmedQueries: FieldIssue[] }
  | { status: 'refused'; reason: RefusalReason }
  | { status: 'unknown-kind'; kind: string }
  | { status: 'invalid'; issues: FieldIssue[] }
  | { status: 'needs-confirmation'; issues: FieldIssue[] }
  | { status: 'stale'; version: number; changes: ChangeSince[] };

/** Ends the transaction without writing: the outcome is returned once it has rolled back. */
class RolledBack extends Error {
  constructor(readonly outcome: RecordOutcome) {
    super(outcome.status);
  }
}

export async function recordEvent(
  db: Db,
  actor: Actor,
  childId: string,
  kindName: string,
  request: RecordRequest,
  context: ChildAccessContext,
): Promise<RecordOutcome> {
  const kind = eventKind(kindName);
  if (kind === undefined) return { status: 'unknown-kind', kind: kindName };
  const parsed = kind.schema.safeParse(request.input);
  if (!parsed.success) {
    return {
      status: 'invalid',
      issues: parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.') || kind.dateField,
        message: issue.message,
        severity: 'error',
      })),
    };
  }
  const input = parsed.data as Record<string, unknown>;
  const target: ChildTarget = { laCode: actor.laCode, childId };
  try {
    return await db.transaction(async (tx) => {
      const decision = await decideChild(tx, actor, 'change', childId, context);
      if (!decision.allowed) {
        await recordAudit(tx, {
          laCode: actor.laCode,
          actor: actor.userId,
          action: 'denied',
          entity: 'child',
          entityId: childId,
          childId,
          detail: { action: 'change', kind: kind.kind, via: context.via, reason: decision.reason, ...address(context) },
        });
        return { status: 'refused', reason: decision.reason };
      }
      const current = await lockRecordVersion(tx, target, actor.userId);
      if (request.version !== current) {
        throw new RolledBack({
          status: 'stale',
          version: current,
          changes: await changesSince(tx, target, request.version),
        });
      }
      const broken = await brokenGuards(tx, target, kind, input);
      if (broken.length > 0) throw new RolledBack({ status: 'invalid', issues: broken });
      const year = collectionYearOf(String(input[kind.dateField]));
      const before = await childFindings(tx, target, year);
      const written = await kind.apply(tx, target, input);
      const introduced = distinct(
        introducedFindings(before, await childFindings(tx, target, year)).map((finding) => issueOf(kind, finding)),
      );
      const errors = introduced.filter((issue) => issue.severity === 'error');
      if (errors.length > 0) throw new RolledBack({ status: 'invalid', issues: errors });
      if (introduced.length > 0 && request.confirm !== true)
        throw new RolledBack({ status: 'needs-confirmation', issues: introduced });
      const version = await bumpRecordVersion(tx, target, actor.userId);
      await recordAudit(tx, {
        laCode: actor.laCode,
        actor: actor.userId,
        action: written.action,
        entity: written.entity,
        entityId: written.entityId,
        childId,
        detail: {
          recorded: true,
          kind: kind.kind,
          version,
          via: context.via,
          ...address(context),
          ...(introduced.length > 0 ? { confirmedQueries: introduced.map((issue) => issue.rule?.code) } : {}),
        },
      });
      return { status: 'recorded', written, version, confirmedQueries: introduced } satisfies RecordOutcome;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.outcome;
    if (error instanceof MissingRecordError)
      return { status: 'invalid', issues: [{ field: error.field, message: error.message, severity: 'error' }] };
    if (isStoreRefusal(error))
      return {
        status: 'invalid',
        issues: [
          { field: kind.dateField, message: `The record cannot hold this: ${error.message}`, severity: 'error' },
        ],
      };
    throw error;
  }
}

function address(context: ChildAccessContext): { address?: string } {
  return context.address ? { address: context.address } : {};
}

async function brokenGuards(
  tx: Db,
  target: ChildTarget,
  kind: EventKind,
  input: Record<string, unknown>,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const guard of kind.guards ?? []) {
    if (await guard.breaks(tx, target, input))
      issues.push({
        field: guard.field,
        message: guard.message,
        severity: 'error',
        rule: { returnName: guard.returnName, code: guard.code },
      });
  }
  return issues;
}

/** A finding as a form issue: on the field its return field maps to, else on the event's date. */
function issueOf(kind: EventKind, finding: ChildFinding): FieldIssue {
  const field = finding.fields.map((name) => kind.fields[name]).find((mapped) => mapped !== undefined);
  return {
    field: field ?? kind.dateField,
    message: finding.message,
    severity: finding.severity,
    rule: { returnName: finding.returnName, code: finding.code },
  };
}

/** One issue per rule and field: a rule that flags two rows of the change (a Header and an episode) says it once. */
function distinct(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.rule?.returnName} ${issue.rule?.code} ${issue.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** SQLSTATE class 22 (a bad value) or 23 (a constraint): the store refused the row. */
function isStoreRefusal(error: unknown): error is { code: string; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23]/.test(code);
}
