/**
 * Case file audits for the API and the pages (src/practice/audits/): the audits the caller may see in a
 * date range, each with its theme grades and actions; recording one; the month's sample; the quarterly
 * summary. An audit names a child, so the list is read as the caller under row-level security
 * (withActor, action `list`: a child outside their scope is left out whatever the team filter says) and
 * each child listed is audited (action view, entity `case_audit`) in the same transaction.
 */
import { withActor } from '../../access/actor.ts';
import { recordAudit, recordAudits } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import { decideChild, visibleChildIds } from '../../access/scope.ts';
import { drawAuditSample, monthStart, type AuditSample } from '../../practice/audits/sample.ts';
import { PracticeRequestError } from '../../practice/council.ts';
import { auditInput, recordCaseAudits, type AuditFields, type OfstedGrade } from '../../practice/audits/record.ts';
import type { Db } from '../../store/db.ts';
import type { PracticeAccess } from '../practice-access.ts';
import type { FieldError, FormValues } from './practice-form.tsx';

export interface ListedAudit {
  id: string;
  childId: string;
  teamId: string | null;
  workerId: string | null;
  date: string;
  type: 'random' | 'themed';
  theme: string | null;
  auditor: string;
  moderator: string | null;
  grade: OfstedGrade;
  moderatedGrade: OfstedGrade | null;
  findings: string | null;
  themes: Array<{ theme: string; grade: OfstedGrade }>;
  actions: Array<{ number: number; action: string; owner: string; due: string; completed: string | null }>;
}

export interface Via {
  on: string;
  via: string;
  address?: string | undefined;
}

/** The audits dated from..to that the caller may see, newest first, at most `limit`. */
export async function listAudits(
  db: Db,
  actor: Actor,
  access: PracticeAccess,
  request: Via & { from: string; to: string; limit: number },
): Promise<ListedAudit[]> {
  return withActor(db, actor, 'list', { on: request.on }, async (tx) => {
    const rows = await tx.query<{
      id: string;
      child_id: string;
      team_id: string | null;
      worker_id: string | null;
      audit_date: string;
      audit_type: 'random' | 'themed';
      audit_theme: string | null;
      auditor: string;
      moderator: string | null;
      grade: OfstedGrade;
      moderated_grade: OfstedGrade | null;
      findings: string | null;
    }>(
      `SELECT id, child_id, team_id, worker_id, audit_date::text AS audit_date, audit_type, audit_theme, auditor,
              moderator, grade, moderated_grade, findings
         FROM case_audit
        WHERE la_code = $1 AND audit_date BETWEEN $2::date AND $3::date
          AND ($4::text[] IS NULL OR team_id = ANY ($4::text[]))
        ORDER BY audit_date DESC, id LIMIT $5`,
      [actor.laCode, request.from, request.to, access.teams, request.limit],
    );
    if (rows.length === 0) return [];
    await recordAudits(
      tx,
      rows.map((row) => ({
        laCode: actor.laCode,
        actor: actor.userId,
        action: 'view' as const,
        entity: 'case_audit',
        entityId: row.id,
        childId: row.child_id,
        detail: { via: request.via, ...(request.address ? { address: request.address } : {}) },
      })),
    );
    return rows.map((row) => ({
      id: row.id,
      childId: row.child_id,
      teamId: row.team_id,
      workerId: row.worker_id,
      date: row.audit_date,
      type: row.audit_type,
      theme: row.audit_theme,
      auditor: row.auditor,
      moderator: row.moderator,
      grade: row.grade,
      moderatedGrade: row.moderated_grade,
      findings: row.findings,
      themes: [],
      actions: [],
    }));
  }).then((audits) => withDetails(db, actor.laCode, audits));
}

/** Theme grades and actions hold no child id (so no row-level policy): read for the audits already shown. */
async function withDetails(db: Db, laCode: string, audits: ListedAudit[]): Promise<ListedAudit[]> {
  if (audits.length === 0) return audits;
  const ids = audits.map((a) => a.id);
  const themes = await db.query<{ audit_id: string; theme: string; grade: OfstedGrade }>(
    'SELECT audit_id, theme, grade FROM case_audit_theme_grade WHERE la_code = $1 AND audit_id = ANY ($2::text[]) ORDER BY theme',
    [laCode, ids],
  );
  const actions = await db.query<{
    audit_id: string;
    number: number;
    action: string;
    owner: string;
    due: string;
    completed: string | null;
  }>(
    `SELECT audit_id, number, action, owner, due::text AS due, completed::text AS completed FROM case_audit_action
      WHERE la_code = $1 AND audit_id = ANY ($2::text[]) ORDER BY number`,
    [laCode, ids],
  );
  return audits.map((a) => ({
    ...a,
    themes: themes.filter((t) => t.audit_id === a.id).map(({ theme, grade }) => ({ theme, grade })),
    actions: actions
      .filter((x) => x.audit_id === a.id)
      .map(({ number, action, owner, due, completed }) => ({ number, action, owner, due, completed })),
  }));
}

/** A field-level refusal of an audit: the message and the field of the form or body at fault. */
export class AuditInputError extends Error {
  override name = 'AuditInputError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/**
 * Records one audit as the caller: the child must be one they may read (a restricted child reads as
 * absent); the audit row is written with the audit in one transaction by recordCaseAudits.
 */
export async function recordOneAudit(db: Db, actor: Actor, audit: AuditFields, request: Via): Promise<string> {
  const decision = await decideChild(db, actor, 'read', audit.child, { on: request.on });
  if (!decision.allowed) {
    // Refusals are audited like openChild's: the child outside scope reads as absent.
    await recordAudit(db, {
      laCode: actor.laCode,
      actor: actor.userId,
      action: 'denied',
      entity: 'child',
      entityId: audit.child,
      childId: audit.child,
      detail: { action: 'case-audit', via: request.via, reason: decision.reason },
    });
    throw new AuditInputError(`There is no child "${audit.child}" you may audit.`, 'child');
  }
  try {
    const result = await recordCaseAudits(db, {
      la: actor.laCode,
      audits: [audit],
      actor: actor.userId,
      via: request.via,
    });
    return result.recorded[0]!.id;
  } catch (error) {
    if (!(error instanceof PracticeRequestError)) throw error;
    const field = /field (\w+)/.exec(error.message)?.[1] ?? 'child';
    throw new AuditInputError(error.message.replace(/^audit 1, field \w+: /, ''), field);
  }
}

/**
 * The month's sample drawn for the caller: only children they may see are drawn (a restricted child is
 * never named to someone not on its restriction); each child drawn is audited by drawAuditSample.
 */
export async function drawSampleFor(
  db: Db,
  actor: Actor,
  request: Via & { month: string; seed: string; perTeam: number; excludeDays: number },
): Promise<AuditSample> {
  const visible = new Set(await visibleChildIds(db, actor, 'list', { on: monthStart(request.month) }));
  return drawAuditSample(db, {
    la: actor.laCode,
    month: request.month,
    seed: request.seed,
    perTeam: request.perTeam,
    excludeDays: request.excludeDays,
    actor: actor.userId,
    via: request.via,
    visible,
  });
}

/** A read of counts naming no child is still recorded: who looked at which tool, when. */
export async function auditToolRead(
  db: Db,
  actor: Actor,
  entity: string,
  detail: Record<string, unknown>,
  request: Via,
): Promise<void> {
  await recordAudit(db, {
    laCode: actor.laCode,
    actor: actor.userId,
    action: 'view',
    entity,
    detail: { ...detail, via: request.via, ...(request.address ? { address: request.address } : {}) },
  });
}

/** The themes graded on the form: the usual ones (seed 002; others through the API). */
export const FORM_THEMES = [
  ['theme-voice', 'Voice of the child'],
  ['theme-assessment', 'Assessment'],
  ['theme-plan', 'Plan'],
  ['theme-oversight', 'Management oversight'],
] as const;
/** Actions the form takes at once (more through the API). */
export const FORM_ACTIONS = 3;

const FIELD_MESSAGES: Record<string, string> = {
  child: "Enter the child's id",
  date: 'Enter the date of the audit as YYYY-MM-DD, for example 2026-06-30',
  type: 'Choose random or themed',
  theme: 'Enter the theme of a themed audit',
  auditor: 'Enter who audited the file',
  grade: 'Choose the overall grade',
  moderator: 'Enter the moderator who gave the moderated grade',
  moderatedGrade: "Choose the moderator's grade",
};

/** The form's fields as one audit (the schema the API and files use), or the problems, each by field. */
export function auditFromForm(values: FormValues): { audit?: AuditFields; errors: FieldError[] } {
  const themes = Object.fromEntries(FORM_THEMES.filter(([id]) => values[id]).map(([id, theme]) => [theme, values[id]]));
  const rows = Array.from({ length: FORM_ACTIONS }, (_, i) => i + 1);
  const actions = rows
    .filter((n) => values[`action${n}`] || values[`owner${n}`] || values[`due${n}`])
    .map((n) => ({
      n,
      action: values[`action${n}`] ?? '',
      owner: values[`owner${n}`] ?? '',
      due: values[`due${n}`] ?? '',
    }));
  const optional = (key: string) => (values[key] ? values[key] : undefined);
  const parsed = auditInput.safeParse({
    child: values.child ?? '',
    date: values.date ?? '',
    type: values.type ?? 'random',
    theme: optional('theme'),
    auditor: values.auditor ?? '',
    moderator: optional('moderator'),
    grade: values.grade ?? '',
    moderatedGrade: optional('moderatedGrade'),
    themes,
    findings: optional('findings'),
    actions: actions.map(({ action, owner, due }) => ({ action, owner, due })),
  });
  if (parsed.success) return { audit: parsed.data, errors: [] };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const [head, index, part] = issue.path;
    let error: FieldError;
    if (head === 'actions' && typeof index === 'number') {
      const n = actions[index]!.n;
      const field = `${String(part ?? 'action')}${n}`;
      error = {
        field,
        message:
          part === 'due'
            ? `Enter the due date of action ${n} as YYYY-MM-DD`
            : `Enter the ${part === 'owner' ? 'owner' : 'text'} of action ${n}`,
      };
    } else if (head === 'themes') {
      const id = FORM_THEMES.find(([, theme]) => theme === index)?.[0] ?? 'grade';
      error = { field: id, message: 'Choose a grade for the theme, or leave it not graded' };
    } else {
      const field = String(head ?? 'child');
      error = { field, message: FIELD_MESSAGES[field] ?? `Check ${field}` };
    }
    if (!errors.some((e) => e.field === error.field)) errors.push(error);
  }
  return { errors };
}
