/**
 * What the returns pages show of a return's findings: one page of the table at a time, capped for
 * people at SHOWN_FINDINGS as every findings report is (the full list is the CSV or XLSX download,
 * returns/report/), the counts by rule, and which of the page's children the caller may open, so a
 * finding links to the child's page only when that page would open for them (access/scope.ts).
 */
import { visibleChildIds } from '../../access/scope.ts';
import type { Actor } from '../../access/policy.ts';
import { SHOWN_FINDINGS } from '../../returns/report/render-text.ts';
import type { BatchFinding } from '../../returns/store/import-batches.ts';
import type { Db } from '../../store/db.ts';

/** Findings in one page of the table. */
export const FINDINGS_PER_PAGE = 50;

export { SHOWN_FINDINGS };

/** One page of a list: its rows, which page of how many, and whether the list was capped for people. */
export interface ListPage<T> {
  rows: T[];
  page: number;
  pages: number;
  /** 1-based number of the first row shown, and of the last. */
  from: number;
  to: number;
  /** All rows, and how many of them the pages reach (the rest are in the download). */
  total: number;
  shown: number;
}

/** The page asked for (`?page=`), as a number within 1..pages; anything else is the first page. */
export function pageNumber(asked: string | undefined): number {
  const n = Number(asked);
  return Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : 1;
}

export function listPage<T>(
  rows: readonly T[],
  asked: number,
  perPage = FINDINGS_PER_PAGE,
  cap = SHOWN_FINDINGS,
): ListPage<T> {
  const shown = Math.min(rows.length, cap);
  const pages = Math.max(1, Math.ceil(shown / perPage));
  const page = Math.min(asked, pages);
  const start = (page - 1) * perPage;
  const slice = rows.slice(start, Math.min(start + perPage, shown));
  return {
    rows: slice,
    page,
    pages,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    total: rows.length,
    shown,
  };
}

/** Findings of one rule: how many rows and children it flagged. */
export interface RuleCount {
  code: string;
  severity: string;
  message: string;
  rows: number;
  children: number;
}

/** Counts by rule, errors first, then in rule-code order (numeric-aware: 103 before 1103). */
export function ruleCounts(findings: readonly BatchFinding[]): RuleCount[] {
  const byCode = new Map<string, { finding: BatchFinding; rows: number; children: Set<string> }>();
  for (const f of findings) {
    const entry = byCode.get(f.code) ?? { finding: f, rows: 0, children: new Set<string>() };
    entry.rows += 1;
    if (f.child) entry.children.add(f.child);
    byCode.set(f.code, entry);
  }
  return [...byCode.values()]
    .map(({ finding, rows, children }) => ({
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      rows,
      children: children.size,
    }))
    .sort(
      (a, b) =>
        Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
        a.code.localeCompare(b.code, 'en', { numeric: true }),
    );
}

/**
 * The children among `ids` whose page the caller may open on `on` (in the store, in their scope, not
 * restricted from them): visible_child_ids, the same answer the child page is given.
 */
export async function openableChildren(
  db: Db,
  actor: Actor,
  ids: readonly (string | undefined)[],
  on: string,
): Promise<Set<string>> {
  const wanted = new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''));
  if (wanted.size === 0) return new Set();
  const visible = await visibleChildIds(db, actor, 'read', { on });
  return new Set(visible.filter((id) => wanted.has(id)));
}
