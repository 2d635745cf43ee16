/**
 * What a recording form needs, read on the caller's behalf: first the policy decision for `change` on
 * the child (a refusal audited in its own transaction, as scope.ts audits every refusal), then the
 * child's version, then the record through readChildRecord (audited as a view, read as the reader role
 * under row-level security) for the child's name and the records an event can follow on from (the
 * referral a plan belongs to, the plan an end date ends). The version is read before the record, so a
 * change made in between makes the post stale (shown and confirmed) rather than unseen.
 */
import { readChildRecord, type ChildRecord, type Row } from '../../access/child-records.ts';
import { recordAudit } from '../../access/audit.ts';
import { grantsFor, type Actor, type RefusalReason } from '../../access/policy.ts';
import { decideChild } from '../../access/scope.ts';
import { eventKind } from '../../recording/kinds.ts';
import { recordVersion, type ChangeSince } from '../../recording/record-version.ts';
import type { Db } from '../../store/db.ts';
import { buildChronology } from './chronology.ts';
import { summarise, type ChildSummary } from './child-data.ts';
import { formatDate } from './format.ts';
import type { FormFieldSpec } from './record-fields.ts';

export interface Choice {
  value: string;
  label: string;
}

export interface RecordingRequest {
  childId: string;
  on: string;
  via: string;
  address: string;
  /** The signed-in person's team: its workers are listed first as the visiting worker. */
  teamId?: string | null | undefined;
}

export interface RecordingData {
  child: ChildSummary;
  /** The child's version now: the form carries it, so a change made meanwhile is caught. */
  version: number;
  record: ChildRecord;
}

export type RecordingAccess = { allowed: true; data: RecordingData } | { allowed: false; reason: RefusalReason };

/** Whether the actor's roles may record on any child at all (the child page shows its link by this). */
export function mayRecordAtAll(actor: Actor): boolean {
  return grantsFor(actor.roles, 'change', 'child').length > 0;
}

/** The child's record for a form, or the refusal (audited): `not_found` for a child outside scope. */
export async function loadRecording(db: Db, actor: Actor, request: RecordingRequest): Promise<RecordingAccess> {
  const { childId } = request;
  const decision = await db.transaction(async (tx) => {
    const decided = await decideChild(tx, actor, 'change', childId, { on: request.on });
    if (!decided.allowed)
      await recordAudit(tx, {
        laCode: actor.laCode,
        actor: actor.userId,
        action: 'denied',
        entity: 'child',
        entityId: childId,
        childId,
        detail: { action: 'change', via: request.via, address: request.address, reason: decided.reason },
      });
    return decided;
  });
  if (!decision.allowed) return decision;
  const version = await recordVersion(db, { laCode: actor.laCode, childId });
  const record = await readChildRecord(db, actor, childId, {
    on: request.on,
    via: request.via,
    address: request.address,
  });
  if (!record) return { allowed: false, reason: 'not_found' };
  return { allowed: true, data: { child: summarise(record.child), version, record } };
}

function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? '' : String(value);
}

/** One of the child's rows in words, from its dates as the chronology words them: "Referral 1 May 2026 ...". */
export function describeRow(table: string, row: Row): string {
  const events = buildChronology({ laCode: '', childId: '', child: {}, tables: { [table]: [row] } });
  const dates = events.map((event) => `${event.what} ${formatDate(event.date)}`).join(', ');
  return dates ? `${dates} (${text(row.id)})` : text(row.id);
}

/** The newest date of a row (for listing the latest first). */
function latestDate(row: Row): string {
  return (
    Object.entries(row)
      .filter(([column]) => column.endsWith('_date'))
      .map(([, value]) => text(value))
      .sort()
      .at(-1) ?? ''
  );
}

/** The choices of a field that names one of the child's records: its rows, latest first. */
export function recordChoices(record: ChildRecord, field: FormFieldSpec): Choice[] {
  const rows = record.tables[field.table ?? ''] ?? [];
  return [...rows]
    .sort((a, b) => latestDate(b).localeCompare(latestDate(a)) || text(b.id).localeCompare(text(a.id)))
    .map((row) => ({ value: text(row.id), label: describeRow(field.table!, row) }));
}

/** The council's workers in post on the date (staff names are not child data), the caller's team first. */
export async function workerChoices(db: Db, laCode: string, on: string, teamId: string | null): Promise<Choice[]> {
  const rows = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM worker
      WHERE la_code = $1 AND start_date <= $2::date AND (end_date IS NULL OR end_date >= $2::date)
      ORDER BY (team_id = $3) IS NOT TRUE, name, id`,
    [laCode, on, teamId],
  );
  return rows.map((row) => ({ value: row.id, label: `${row.name} (${row.id})` }));
}

/** The choices of every field that needs them. */
export async function choicesFor(
  db: Db,
  actor: Actor,
  fields: readonly FormFieldSpec[],
  record: ChildRecord,
  request: RecordingRequest,
): Promise<Record<string, Choice[]>> {
  const choices: Record<string, Choice[]> = {};
  for (const field of fields) {
    if (field.input === 'record') choices[field.name] = recordChoices(record, field);
    if (field.input === 'worker')
      choices[field.name] = await workerChoices(db, actor.laCode, request.on, request.teamId ?? null);
  }
  return choices;
}

/** A change recorded since the form was opened, as the stale form lists it. */
export interface ShownChange {
  version: number;
  at: string;
  who: string;
  what: string;
  /** The record the change wrote, in words, when the caller can see it in the child's record. */
  record: string;
}

const TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** The changes in words: who (their name, not their id), when, which kind of event, and the record. */
export async function describeChanges(
  db: Db,
  laCode: string,
  changes: readonly ChangeSince[],
  record: ChildRecord,
): Promise<ShownChange[]> {
  const names = new Map(
    (
      await db.query<{ id: string; display_name: string }>(
        'SELECT id, display_name FROM app_user WHERE la_code = $1 AND id = ANY($2::text[])',
        [laCode, [...new Set(changes.map((change) => change.actor))]],
      )
    ).map((row) => [row.id, row.display_name]),
  );
  return changes.map((change) => {
    const row = (record.tables[change.entity] ?? []).find((candidate) => text(candidate.id) === change.entityId);
    return {
      version: change.version,
      at: TIME.format(new Date(change.at)),
      who: names.get(change.actor) ?? change.actor,
      what: `${eventKind(change.kind)?.title ?? change.kind} (${change.action === 'create' ? 'added' : 'changed'})`,
      record: row ? describeRow(change.entity, row) : (change.entityId ?? ''),
    };
  });
}
