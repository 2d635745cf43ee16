/**
 * A subject access request (UK GDPR art. 15, Data Protection Act 2018 s.45): everything the council holds
 * on one child, and who has looked at it. Gathered through the scoped repository (child-records.ts, the
 * `subject-access` grant: a QA officer acting as the data protection officer), so the request is itself
 * audited (an `export` of the child) in the same transaction as the reads. The access history is the
 * audit log's rows about the child, this request's own row included; audit details stay as written
 * (they hold what was asked, never the child's data).
 */
import type { Db } from '../store/db.ts';
import { searchAudit, type AuditRow } from './audit-chain.ts';
import { readChildRecord, type ChildRecord } from './child-records.ts';
import type { Actor } from './policy.ts';
import type { ChildAccessContext } from './scope.ts';

export interface SubjectAccessReport {
  /** When it was gathered (ISO timestamp). */
  generatedAt: string;
  laCode: string;
  childId: string;
  /** Who made the request (user id or `cli:<os user>`). */
  requestedBy: string;
  record: ChildRecord;
  /** Every audit row about the child, oldest first. */
  accessHistory: AuditRow[];
}

/** The report, or undefined when the actor may not make the request for this child (refusal audited). */
export async function gatherSubjectAccess(
  db: Db,
  actor: Actor,
  childId: string,
  context: ChildAccessContext,
): Promise<SubjectAccessReport | undefined> {
  return db.transaction(async (tx) => {
    const record = await readChildRecord(tx, actor, childId, { ...context, action: 'subject-access' });
    if (!record) return undefined;
    // As the owner again (withActor has handed the connection back): the reader may not read the log.
    const history = await searchAudit(tx, { laCode: actor.laCode, childId, limit: Number.MAX_SAFE_INTEGER });
    return {
      generatedAt: new Date().toISOString(),
      laCode: actor.laCode,
      childId,
      requestedBy: actor.userId,
      record,
      accessHistory: history.reverse(),
    };
  });
}
