/**
 * Recording case file audits from a JSON file (one audit or a list): the overall grade on the Ofsted
 * scale, grades per theme, findings, the moderator's grade, and actions with owner and due date. The
 * team and worker are those of the social worker allocation open on the audit date. All the audits in
 * a file are written in one transaction with one audit_log row each (action create, entity
 * `case_audit`): a file with any bad entry writes nothing and its error names the file, entry and field.
 */
import { z } from 'zod';
import { recordAudits } from '../../access/audit.ts';
import { isIsoDate } from '../../calendar/dates.ts';
import { insertRows } from '../../store/bulk.ts';
import type { Db } from '../../store/db.ts';
import { councilOf, PracticeRequestError } from '../council.ts';

export const OFSTED_GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
export type OfstedGrade = (typeof OFSTED_GRADES)[number];

const isoDate = z.string().refine(isIsoDate, 'a date YYYY-MM-DD');
const grade = z.enum(OFSTED_GRADES);
const text = z.string().trim().min(1);

/** One audit as a file entry, an API body or a form gives it (the web's schema too). */
export const auditInput = z
  .object({
    id: text.optional(),
    child: text,
    date: isoDate,
    type: z.enum(['random', 'themed']),
    theme: text.optional(),
    auditor: text,
    moderator: text.optional(),
    grade,
    moderatedGrade: grade.optional(),
    themes: z.record(text, grade).default({}),
    findings: text.optional(),
    /** Learning points; by default the themes graded below good. */
    learning: z.array(text).optional(),
    actions: z.array(z.object({ action: text, owner: text, due: isoDate }).strict()).default([]),
  })
  .strict()
  .refine((a) => a.type === 'random' || a.theme, { message: 'a themed audit needs its theme', path: ['theme'] })
  .refine((a) => !a.moderatedGrade || a.moderator, {
    message: 'a moderated grade needs the moderator',
    path: ['moderator'],
  });
export type AuditInput = z.input<typeof auditInput>;
export type AuditFields = z.output<typeof auditInput>;

/** Reads and checks the file's JSON; every problem is one line naming the entry and field. */
export function parseAuditFile(source: string, name: string): Array<z.output<typeof auditInput>> {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new PracticeRequestError(`${name}: not JSON (${(error as Error).message})`);
  }
  const entries = Array.isArray(json) ? json : [json];
  if (entries.length === 0) throw new PracticeRequestError(`${name}: no audits in the file`);
  return entries.map((entry, i) => {
    const parsed = auditInput.safeParse(entry);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || '(entry)';
    throw new PracticeRequestError(`${name}: audit ${i + 1}, field ${field}: ${issue.message}`);
  });
}

export interface RecordedAudit {
  id: string;
  childId: string;
  teamId: string | null;
  workerId: string | null;
}

export async function recordCaseAudits(
  db: Db,
  request: { la?: string | undefined; audits: ReadonlyArray<z.output<typeof auditInput>>; actor: string; via: string },
): Promise<{ laCode: string; recorded: RecordedAudit[] }> {
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    const recorded: RecordedAudit[] = [];
    for (const [i, audit] of request.audits.entries()) {
      const where = `audit ${i + 1}`;
      const [child] = await tx.query('SELECT 1 FROM child WHERE la_code = $1 AND id = $2', [laCode, audit.child]);
      if (!child)
        throw new PracticeRequestError(`${where}, field child: no child "${audit.child}" in council ${laCode}`);
      const id = audit.id ?? `CA-${audit.date}-${audit.child}`;
      const [taken] = await tx.query('SELECT 1 FROM case_audit WHERE la_code = $1 AND id = $2', [laCode, id]);
      if (taken || recorded.some((r) => r.id === id))
        throw new PracticeRequestError(`${where}, field id: an audit "${id}" is already recorded`);
      const [holder] = await tx.query<{ team_id: string; worker_id: string }>(
        `SELECT team_id, worker_id FROM allocation
          WHERE la_code = $1 AND child_id = $2 AND kind = 'social_worker' AND start_date <= $3::date
            AND (end_date IS NULL OR end_date >= $3::date)
          ORDER BY start_date DESC, id LIMIT 1`,
        [laCode, audit.child, audit.date],
      );
      const learning =
        audit.learning ??
        Object.entries(audit.themes)
          .filter(([, g]) => g === 'requires_improvement' || g === 'inadequate')
          .map(([theme]) => theme);
      await insertRows(tx, 'case_audit', [
        {
          la_code: laCode,
          id,
          child_id: audit.child,
          team_id: holder?.team_id ?? null,
          worker_id: holder?.worker_id ?? null,
          audit_date: audit.date,
          grade: audit.grade,
          auditor: audit.auditor,
          themes: learning,
          audit_type: audit.type,
          audit_theme: audit.theme ?? null,
          moderator: audit.moderator ?? null,
          moderated_grade: audit.moderatedGrade ?? null,
          findings: audit.findings ?? null,
        },
      ]);
      const themeRows = Object.entries(audit.themes).map(([theme, g]) => ({
        la_code: laCode,
        audit_id: id,
        theme,
        grade: g,
      }));
      if (themeRows.length) await insertRows(tx, 'case_audit_theme_grade', themeRows);
      const actionRows = audit.actions.map((a, n) => ({
        la_code: laCode,
        audit_id: id,
        number: n + 1,
        action: a.action,
        owner: a.owner,
        due: a.due,
        completed: null,
      }));
      if (actionRows.length) await insertRows(tx, 'case_audit_action', actionRows);
      recorded.push({ id, childId: audit.child, teamId: holder?.team_id ?? null, workerId: holder?.worker_id ?? null });
    }
    await recordAudits(
      tx,
      recorded.map((r) => ({
        laCode,
        actor: request.actor,
        action: 'create' as const,
        entity: 'case_audit',
        entityId: r.id,
        childId: r.childId,
        detail: { via: request.via },
      })),
    );
    return { laCode, recorded };
  });
}
