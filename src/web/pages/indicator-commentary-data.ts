/**
 * Commentary and actions on an indicator's page: the whole history of the measure, newest first, with
 * each author's name (framework/commentary.ts keeps every entry: a new one supersedes an earlier one on
 * the scorecard, nothing is overwritten), and the form that adds one. Writing is for the roles the
 * policy lets change figures' commentary (the measure's responsible officer, a head of service, and the
 * performance team); the route checks that with `authorize`, which audits a refusal, and addCommentary
 * writes the entry and its audit row in one transaction.
 */
import { decide, type Actor } from '../../access/policy.ts';
import { addCommentary, listCommentary } from '../../framework/commentary.ts';
import type { Commentary } from '../../framework/model.ts';
import { parseReportingPeriod } from '../../framework/period.ts';
import type { Db } from '../../store/db.ts';
import { readDateParts } from './dashboard-filter.ts';

/** The longest comment or action accepted (as the API's schema). */
export const MAX_TEXT = 5000;
export const MAX_OWNER = 200;

export interface HistoryEntry extends Commentary {
  authorName: string;
}

/** The form as typed, kept to show again beside its errors. */
export interface CommentaryInput {
  kind: string;
  period: string;
  text: string;
  owner: string;
  dueDay: string;
  dueMonth: string;
  dueYear: string;
}

export interface CommentaryProblem {
  field: 'kind' | 'period' | 'text' | 'owner' | 'due-day' | 'due-month' | 'due-year';
  message: string;
}

export interface CheckedCommentary {
  kind: 'comment' | 'action';
  period: string;
  text: string;
  owner: string | undefined;
  due: string | undefined;
}

export function mayWriteCommentary(actor: Actor): boolean {
  return decide(actor, 'change', { target: 'figures', laCode: actor.laCode, suppressed: false }).allowed;
}

/** The measure's entries, newest first, with the names of the users who wrote them. */
export async function commentaryHistory(db: Db, laCode: string, indicatorId: string): Promise<HistoryEntry[]> {
  const entries = await listCommentary(db, laCode, indicatorId);
  const authors = [...new Set(entries.map((entry) => entry.author))];
  const names = new Map(
    authors.length === 0
      ? []
      : (
          await db.query<{ id: string; display_name: string }>(
            'SELECT id, display_name FROM app_user WHERE la_code = $1 AND id = ANY($2::text[])',
            [laCode, authors],
          )
        ).map((user) => [user.id, user.display_name]),
  );
  return entries.reverse().map((entry) => ({ ...entry, authorName: names.get(entry.author) ?? entry.author }));
}

/** The form's fields from a posted body (missing fields read as empty). */
export function commentaryInput(body: Record<string, unknown>): CommentaryInput {
  const field = (name: string, max: number) => {
    const value = body[name];
    return typeof value === 'string' ? value.trim().slice(0, max) : '';
  };
  return {
    kind: field('kind', 20),
    period: field('period', 20),
    text: field('text', MAX_TEXT + 1),
    owner: field('owner', MAX_OWNER + 1),
    dueDay: field('due-day', 10),
    dueMonth: field('due-month', 10),
    dueYear: field('due-year', 10),
  };
}

/** Checks the form: every problem with its field, or the entry to write. */
export function checkCommentary(
  input: CommentaryInput,
): { ok: true; entry: CheckedCommentary } | { ok: false; problems: CommentaryProblem[] } {
  const problems: CommentaryProblem[] = [];
  const kind = input.kind === 'comment' || input.kind === 'action' ? input.kind : undefined;
  if (!kind) problems.push({ field: 'kind', message: 'Choose whether this is a comment or an action' });
  let period: string | undefined;
  try {
    period = parseReportingPeriod(input.period).label;
  } catch {
    problems.push({
      field: 'period',
      message: 'Enter the period as a financial year (2025-26), a quarter (2025-26Q1) or a month (2026-06)',
    });
  }
  if (!input.text) problems.push({ field: 'text', message: 'Enter the comment or action' });
  else if (input.text.length > MAX_TEXT)
    problems.push({
      field: 'text',
      message: `The text must be ${MAX_TEXT.toLocaleString('en-GB')} characters or fewer`,
    });
  if (input.owner.length > MAX_OWNER)
    problems.push({ field: 'owner', message: `The owner must be ${MAX_OWNER} characters or fewer` });
  const due = readDateParts({ day: input.dueDay, month: input.dueMonth, year: input.dueYear }, 'The due date');
  if ('part' in due) problems.push({ field: `due-${due.part}`, message: due.message });
  const dueDate = 'iso' in due ? due.iso : undefined;
  if (kind === 'comment' && (input.owner || dueDate))
    problems.push({
      field: input.owner ? 'owner' : 'due-day',
      message: 'An owner and a due date are for actions only: choose Action, or leave them blank',
    });
  if (problems.length > 0 || !kind || !period) return { ok: false, problems };
  return { ok: true, entry: { kind, period, text: input.text, owner: input.owner || undefined, due: dueDate } };
}

/** Adds the entry for the caller (addCommentary: the row and its audit row in one transaction). */
export async function writeCommentary(
  db: Db,
  actor: Actor,
  indicatorId: string,
  entry: CheckedCommentary,
): Promise<string> {
  return addCommentary(db, { la: actor.laCode, indicatorId, author: actor.userId, ...entry });
}
