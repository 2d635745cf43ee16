/**
 * The DfE rule findings on one child's records, as the statutory returns would carry them: the same
 * exporters that build the council's 903 and CIN census (returns/store/export-903.ts, export-cin.ts)
 * run inside the caller's transaction as the reader role with only this child visible, so row-level
 * security (migration 20261205_03) narrows every table they read to the child without a second
 * mapping from records to return rows; then the rules of the collection year run on those tables.
 * Called before and after a change in one transaction, the difference is what the change introduced.
 */
import { READER_ROLE } from '../access/actor.ts';
import type { Finding } from '../returns/findings.ts';
import { runRules, tables903, toFindings } from '../returns/report/to-findings.ts';
import { export903 } from '../returns/store/export-903.ts';
import { exportCin } from '../returns/store/export-cin.ts';
import { rulesToRun903 } from '../returns/store/validate.ts';
import type { Db } from '../store/db.ts';

export interface ChildTarget {
  laCode: string;
  childId: string;
}

/** A finding with what identifies it across the change: its rule, table and the row's content. */
export interface ChildFinding extends Finding {
  returnName: '903' | 'cin';
  /** The flagged row as the return carries it (for the plain message and the comparison). */
  cells: Record<string, string | null>;
}

/** The collection year whose return carries a date: 1 April to 31 March, named by the 31 March (2025 = 2024-25). */
export function collectionYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return isoDate.slice(5) >= '04-01' ? year + 1 : year;
}

/** Runs `work` as the reader role with only one child visible; the connection is handed back as found. */
async function asOneChild<T>(tx: Db, target: ChildTarget, work: () => Promise<T>): Promise<T> {
  await tx.query(
    `SELECT set_config('kestrel.actor_la', $1, true), set_config('kestrel.visible_children', $2::text[]::text, true)`,
    [target.laCode, [target.childId]],
  );
  await tx.query(`SET LOCAL ROLE ${READER_ROLE}`);
  try {
    return await work();
  } finally {
    await tx.query('RESET ROLE').catch(() => undefined);
    await tx
      .query(`SELECT set_config('kestrel.actor_la', '', true), set_config('kestrel.visible_children', '', true)`)
      .catch(() => undefined);
  }
}

/** The findings of both returns of `year` for the child (findings naming another child, or none, are dropped). */
export async function childFindings(tx: Db, target: ChildTarget, year: number): Promise<ChildFinding[]> {
  const [dataset903, datasetCin] = await asOneChild(
    tx,
    target,
    async () => [await export903(tx, target.laCode, year), await exportCin(tx, target.laCode, year)] as const,
  );
  const [{ rulesFor: rules903 }, { rulesFor: rulesCin }, { rememberingGroups }] = await Promise.all([
    import('../returns/ssda903/rules/registry.ts'),
    import('../returns/cin-census/rules/registry.ts'),
    import('../returns/cin-census/rules/joins.ts'),
  ]);
  const tables903Of = tables903(dataset903.current);
  const run903 = runRules(rulesToRun903(rules903(year), dataset903).filter(ofOneChild), dataset903);
  const runCin = rememberingGroups(() => runRules(rulesCin(year).filter(ofOneChild), datasetCin));
  const noSources = {};
  const tag =
    (returnName: '903' | 'cin', tables: Record<string, readonly Record<string, string | null>[] | undefined>) =>
    (finding: Finding): ChildFinding => ({
      ...finding,
      returnName,
      cells: { ...(tables[finding.table]?.[finding.row] ?? {}) },
    });
  return [
    ...toFindings(run903.results, tables903Of, noSources, 'CHILD').map(tag('903', tables903Of)),
    ...toFindings(runCin.results, datasetCin.tables, noSources, 'LAchildID').map(tag('cin', datasetCin.tables)),
  ].filter((finding) => finding.child === target.childId);
}

/**
 * Rules that judge a return as a whole (CIN 2883, 2886Q, 2887Q, 2888Q: e.g. fewer than 8 disability
 * codes in the return) say nothing about one child's record and are left to the council's return.
 */
function ofOneChild(rule: { scope?: 'record' | 'return' | undefined }): boolean {
  return rule.scope !== 'return';
}

/** What identifies a finding on both sides of a change (row numbers move when a row is added). */
function findingKey(finding: ChildFinding): string {
  return JSON.stringify([finding.returnName, finding.code, finding.table, finding.fields, finding.cells]);
}

/** The findings in `after` that were not in `before` (as a multiset: one more of the same counts). */
export function introducedFindings(before: readonly ChildFinding[], after: readonly ChildFinding[]): ChildFinding[] {
  const seen = new Map<string, number>();
  for (const finding of before) seen.set(findingKey(finding), (seen.get(findingKey(finding)) ?? 0) + 1);
  return after.filter((finding) => {
    const key = findingKey(finding);
    const left = seen.get(key) ?? 0;
    if (left > 0) {
      seen.set(key, left - 1);
      return false;
    }
    return true;
  });
}
