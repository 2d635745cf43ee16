/** The council a practice tool works on: the one named, or the only one in the store. */
import type { Db } from '../store/db.ts';

export class PracticeRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PracticeRequestError';
  }
}

export async function councilOf(db: Db, requested: string | undefined): Promise<string> {
  const councils = (await db.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code')).map(
    (c) => c.la_code,
  );
  if (requested) {
    if (!councils.includes(requested)) throw new PracticeRequestError(`no council ${requested} in this store`);
    return requested;
  }
  if (councils.length === 1) return councils[0]!;
  if (councils.length === 0) throw new PracticeRequestError('the store holds no council yet');
  throw new PracticeRequestError(`the store holds several councils (${councils.join(', ')}): name one with --la`);
}

/** A level written `team:ID` or `worker:ID`. */
export interface LevelRef {
  kind: 'team' | 'worker';
  id: string;
}

export function parseLevel(text: string): LevelRef {
  const match = /^(team|worker):(.+)$/.exec(text.trim());
  if (!match) throw new PracticeRequestError(`--level must be team:ID or worker:ID, got "${text}"`);
  return { kind: match[1] as LevelRef['kind'], id: match[2]!.trim() };
}

/** Refuses a team or worker the council does not have (rather than showing an empty list). */
export async function checkLevel(db: Db, laCode: string, level: LevelRef | undefined): Promise<void> {
  if (!level) return;
  const rows = await db.query(`SELECT 1 FROM ${level.kind} WHERE la_code = $1 AND id = $2`, [laCode, level.id]);
  if (rows.length === 0) throw new PracticeRequestError(`no ${level.kind} "${level.id}" in council ${laCode}`);
}

/**
 * Which of the children a tool is about to list its viewer may see, asked inside the tool's own
 * transaction so the audit rows of the children shown are written in the same one. Absent: every child
 * of the council (the command line's local actor). A web caller passes `visibleTo` (viewer.ts), which
 * asks the database as the reader role under row-level security.
 */
export type ChildFilter = (tx: Db, childIds: readonly string[]) => Promise<ReadonlySet<string>>;

/** The children of `ids` the filter lets through (all of them without one). */
export async function shownChildren(
  tx: Db,
  filter: ChildFilter | undefined,
  ids: readonly string[],
): Promise<ReadonlySet<string>> {
  const unique = [...new Set(ids)];
  if (!filter || unique.length === 0) return new Set(unique);
  return filter(tx, unique);
}
