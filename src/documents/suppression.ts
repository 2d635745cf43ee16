/**
 * Disclosure control for public documents (issue 12, section 4), after the DfE's practice in its
 * statistical releases: counts from 1 to 4 are shown as "c", and so is a percentage or mean taken over
 * fewer than 5 (or whose own count is 1 to 4). Then secondary suppression: a figure that the rest of the
 * page would give back (a total less its other parts; a percentage times its denominator; the same
 * figure printed in another table) is hidden as well, repeated until nothing hidden can be worked out.
 * The threshold is configurable; 5 by default. Internal documents are never suppressed.
 */
import type { Cell, Relation, ReportDocument } from './document.ts';
import { tablesOf } from './document.ts';

export const SUPPRESSED = 'c';
export const DEFAULT_THRESHOLD = 5;

export function suppressionFootnote(threshold: number): string {
  return `c: suppressed to protect confidentiality. Counts from 1 to ${threshold - 1}, and percentages or averages taken over fewer than ${threshold}, are not shown; other figures are hidden where they would let a suppressed one be worked out.`;
}

/** A small count: 1 to threshold - 1 (0 is shown: it discloses nothing about a child). */
export function isSmall(value: number | null | undefined, threshold: number): boolean {
  return value !== null && value !== undefined && value > 0 && value < threshold;
}

/** The primary rule for one cell. */
export function primarySuppressed(cell: Cell, threshold: number): boolean {
  if (cell.value === null || cell.value === undefined) return false;
  if (cell.count && isSmall(cell.value, threshold)) return true;
  if (isSmall(cell.denominator, threshold)) return true;
  return false;
}

/** A hidden figure keeps nothing of its value: JSON of the document must not carry it either. */
function hide(cell: Cell): void {
  cell.suppressed = true;
  cell.text = SUPPRESSED;
  cell.value = undefined;
  cell.denominator = undefined;
  cell.svg = undefined;
  cell.rag = undefined;
}

/**
 * Suppresses a public document in place and returns the keys of every hidden figure; adds the footnote
 * when anything was hidden. Cells without a key take part in the primary rule only.
 */
export function suppressDocument(document: ReportDocument, threshold = DEFAULT_THRESHOLD): Set<string> {
  const hidden = new Set<string>();
  if (document.marking !== 'public') return hidden;
  const tables = tablesOf(document);
  const byKey = new Map<string, Cell[]>();
  for (const cell of tables.flatMap((table) => table.rows.flat())) {
    if (cell.key === undefined) continue;
    byKey.set(cell.key, [...(byKey.get(cell.key) ?? []), cell]);
  }
  // Values as printed before anything is hidden (hiding clears them).
  const values = new Map([...byKey].map(([key, cells]) => [key, cells[0]?.value ?? 0]));
  const valueOf = (key: string): number => values.get(key) ?? 0;
  let any = false;
  for (const cell of tables.flatMap((table) => table.rows.flat())) {
    if (!primarySuppressed(cell, threshold)) continue;
    hide(cell);
    any = true;
    if (cell.key !== undefined) hidden.add(cell.key);
  }
  const relations = tables.flatMap((table) => table.relations ?? []);
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of relations) {
      const next = secondaryFor(relation, hidden, byKey, valueOf, threshold);
      if (next !== undefined && !hidden.has(next)) {
        hidden.add(next);
        changed = true;
      }
    }
  }
  for (const key of hidden) for (const cell of byKey.get(key) ?? []) hide(cell);
  if (any || hidden.size > 0) document.footnotes.push(suppressionFootnote(threshold));
  return hidden;
}

/** The one more figure a relation needs hidden when exactly one of its figures is hidden, if any. */
function secondaryFor(
  relation: Relation,
  hidden: ReadonlySet<string>,
  byKey: ReadonlyMap<string, Cell[]>,
  valueOf: (key: string) => number,
  threshold: number,
): string | undefined {
  const shown = (key: string): boolean => byKey.has(key) && !hidden.has(key);
  if (relation.kind === 'sum') {
    const members = [relation.total, ...relation.parts].filter((key) => byKey.has(key));
    const hiddenMembers = members.filter((key) => hidden.has(key));
    if (hiddenMembers.length === 0) return undefined;
    // With the total shown, the hidden parts add up to a known figure: it must not be small, or parts
    // known to be at least 1 could be pinned down (26 = 15 + 9 + c + c gives c = 1 and 1).
    const hiddenSum = relation.parts.filter((key) => hidden.has(key)).reduce((sum, key) => sum + valueOf(key), 0);
    const exposed = hiddenMembers.length === 1 || (shown(relation.total) && hiddenSum < threshold);
    if (!exposed) return undefined;
    // Hide the smallest other part (a non-zero one first: hiding a 0 protects less), else the total.
    const parts = relation.parts
      .filter(shown)
      .sort((a, b) => Number(valueOf(a) === 0) - Number(valueOf(b) === 0) || valueOf(a) - valueOf(b));
    return parts[0] ?? (shown(relation.total) ? relation.total : undefined);
  }
  const members = [relation.value, relation.numerator, relation.denominator];
  // With a figure not printed at all, the other two cannot give back the third.
  if (!members.every((key) => byKey.has(key))) return undefined;
  if (members.filter((key) => hidden.has(key)).length !== 1) return undefined;
  return shown(relation.value) ? relation.value : relation.numerator;
}
