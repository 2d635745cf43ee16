/**
 * The improvement plan for the API and the page (src/practice/improvement/plan.ts, `kestrel
 * improvement`): the plan as at a date (each action's latest RAG, overdue, history), adding an action
 * and reporting progress (appended, never overwritten), each write audited in its own transaction by
 * plan.ts. An action's evidence must be catalogue indicators, so its links lead to their pages.
 */
import type { Actor } from '../../access/policy.ts';
import { findIndicator } from '../../indicators/evaluate.ts';
import { PracticeRequestError } from '../../practice/council.ts';
import {
  addImprovementActions,
  improvementPlan,
  reportProgress,
  type ImprovementActionInput,
  type PlanAction,
} from '../../practice/improvement/plan.ts';
import type { Db } from '../../store/db.ts';
import { auditToolRead, type Via } from './practice-audits-data.ts';

/** A refusal of a plan change, with the field at fault. */
export class PlanInputError extends Error {
  override name = 'PlanInputError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export interface PlanView {
  laCode: string;
  at: string;
  actions: PlanAction[];
  byRag: Record<string, number>;
}

export async function planView(db: Db, actor: Actor, request: Via & { at: string }): Promise<PlanView> {
  const plan = await improvementPlan(db, { la: actor.laCode, at: request.at });
  await auditToolRead(db, actor, 'improvement_action', { at: request.at }, request);
  return plan;
}

export async function addAction(db: Db, actor: Actor, action: ImprovementActionInput, request: Via): Promise<void> {
  const unknown = action.evidence.find((id) => !findIndicator(id));
  if (unknown) throw new PlanInputError(`There is no indicator "${unknown}" (docs/INDICATORS.md).`, 'evidence');
  try {
    await addImprovementActions(db, { la: actor.laCode, actions: [action], actor: actor.userId, via: request.via });
  } catch (error) {
    if (error instanceof PracticeRequestError)
      throw new PlanInputError(error.message.replace(/^action 1, field id: /, ''), 'id');
    throw error;
  }
}

export async function addProgress(
  db: Db,
  actor: Actor,
  progress: { actionId: string; asAt: string; rag: string; note?: string | undefined },
  request: Via,
): Promise<void> {
  try {
    await reportProgress(db, { la: actor.laCode, ...progress, actor: actor.userId, via: request.via });
  } catch (error) {
    if (error instanceof PracticeRequestError)
      throw new PlanInputError(
        /--rag/.test(error.message)
          ? error.message.replace('--rag', 'rag')
          : `There is no action "${progress.actionId}" in the plan.`,
        /--rag/.test(error.message) ? 'rag' : 'id',
      );
    throw error;
  }
}
