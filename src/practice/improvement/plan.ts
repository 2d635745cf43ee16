/**
 * The improvement plan (seed 000: the Ofsted recommendations and the council's priorities): actions with
 * owner, due date and the indicators that evidence them, read from a JSON file; progress (RAG and a note
 * as at a date) appended, never overwritten; and the plan as at a date, each action with its latest RAG on
 * or before the date, overdue when past due and not complete, and its history. Writes are one transaction
 * with an audit row each (entity `improvement_action`); the plan names no child.
 */
import { z } from 'zod';
import { recordAudits } from '../../access/audit.ts';
import { isIsoDate } from '../../calendar/dates.ts';
import { getIndicator } from '../../indicators/evaluate.ts';
import { insertRows } from '../../store/bulk.ts';
import type { Db } from '../../store/db.ts';
import { councilOf, PracticeRequestError } from '../council.ts';

export const RAGS = ['red', 'amber', 'green', 'complete'] as const;
const text = z.string().trim().min(1);
/** One action of the plan, as a file entry, an API body or a form gives it. */
export const actionInput = z
  .object({
    id: text,
    kind: z.enum(['recommendation', 'priority']),
    heading: text,
    action: text,
    owner: text,
    due: z.string().refine(isIsoDate, 'a date YYYY-MM-DD'),
    evidence: z.array(text).default([]),
  })
  .strict();
export type ImprovementActionInput = z.output<typeof actionInput>;

export function parsePlanFile(source: string, name: string): ImprovementActionInput[] {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new PracticeRequestError(`${name}: not JSON (${(error as Error).message})`);
  }
  const entries = Array.isArray(json) ? json : [json];
  return entries.map((entry, i) => {
    const parsed = actionInput.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new PracticeRequestError(
        `${name}: action ${i + 1}, field ${issue.path.join('.') || '(entry)'}: ${issue.message}`,
      );
    }
    for (const id of parsed.data.evidence) {
      try {
        getIndicator(id);
      } catch {
        throw new PracticeRequestError(
          `${name}: action ${i + 1}, field evidence: no indicator "${id}" (docs/INDICATORS.md)`,
        );
      }
    }
    return parsed.data;
  });
}

export async function addImprovementActions(
  db: Db,
  request: { la?: string | undefined; actions: readonly ImprovementActionInput[]; actor: string; via: string },
): Promise<{ laCode: string; added: number }> {
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    for (const [i, a] of request.actions.entries()) {
      const [taken] = await tx.query('SELECT 1 FROM improvement_action WHERE la_code = $1 AND id = $2', [laCode, a.id]);
      if (taken || request.actions.findIndex((b) => b.id === a.id) !== i)
        throw new PracticeRequestError(`action ${i + 1}, field id: an action "${a.id}" is already in the plan`);
    }
    await insertRows(
      tx,
      'improvement_action',
      request.actions.map((a) => ({ la_code: laCode, ...a })),
    );
    await recordAudits(
      tx,
      request.actions.map((a) => ({
        laCode,
        actor: request.actor,
        action: 'create' as const,
        entity: 'improvement_action',
        entityId: a.id,
        detail: { via: request.via },
      })),
    );
    return { laCode, added: request.actions.length };
  });
}

export async function reportProgress(
  db: Db,
  request: {
    la?: string | undefined;
    actionId: string;
    asAt: string;
    rag: string;
    note?: string | undefined;
    actor: string;
    via: string;
  },
): Promise<void> {
  if (!(RAGS as readonly string[]).includes(request.rag))
    throw new PracticeRequestError(`--rag must be one of ${RAGS.join(', ')}, got "${request.rag}"`);
  await db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    const [found] = await tx.query('SELECT 1 FROM improvement_action WHERE la_code = $1 AND id = $2', [
      laCode,
      request.actionId,
    ]);
    if (!found)
      throw new PracticeRequestError(`--action: no action "${request.actionId}" in the plan of council ${laCode}`);
    await tx.query(
      'INSERT INTO improvement_progress (la_code, action_id, as_at, rag, note, author) VALUES ($1, $2, $3, $4, $5, $6)',
      [laCode, request.actionId, request.asAt, request.rag, request.note ?? null, request.actor],
    );
    await recordAudits(tx, [
      {
        laCode,
        actor: request.actor,
        action: 'update',
        entity: 'improvement_action',
        entityId: request.actionId,
        detail: { rag: request.rag, asAt: request.asAt, via: request.via },
      },
    ]);
  });
}

export interface PlanAction extends ImprovementActionInput {
  rag: (typeof RAGS)[number] | null;
  overdue: boolean;
  history: Array<{ asAt: string; rag: string; note: string | null; author: string }>;
}

export async function improvementPlan(
  db: Db,
  request: { la?: string | undefined; at: string },
): Promise<{ laCode: string; at: string; actions: PlanAction[]; byRag: Record<string, number> }> {
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    const actions = await tx.query<ImprovementActionInput>(
      `SELECT id, kind, heading, action, owner, due::text AS due, evidence FROM improvement_action
        WHERE la_code = $1 ORDER BY kind, id`,
      [laCode],
    );
    const progress = await tx.query<{
      action_id: string;
      as_at: string;
      rag: string;
      note: string | null;
      author: string;
    }>(
      `SELECT action_id, as_at::text AS as_at, rag, note, author FROM improvement_progress
        WHERE la_code = $1 AND as_at <= $2::date ORDER BY as_at, id`,
      [laCode, request.at],
    );
    const plan = actions.map((a): PlanAction => {
      const history = progress
        .filter((p) => p.action_id === a.id)
        .map((p) => ({ asAt: p.as_at, rag: p.rag, note: p.note, author: p.author }));
      const rag = (history.at(-1)?.rag ?? null) as PlanAction['rag'];
      return { ...a, rag, overdue: a.due < request.at && rag !== 'complete', history };
    });
    const byRag: Record<string, number> = { red: 0, amber: 0, green: 0, complete: 0, 'not reported': 0 };
    for (const a of plan) byRag[a.rag ?? 'not reported']! += 1;
    return { laCode, at: request.at, actions: plan, byRag };
  });
}
