/** Joining two tables on a key (child, episode, assessment), with the keys and groups remembered across the rules of one run. */
import type { Row } from '../dataset.ts';
import { assessmentIdOf, childOf, episodeOf, groupRows } from './rows.ts';

/** Pairs each row of `left` with the rows of `right` that share its key (e.g. episodeOf, childOf). */
export function joinRows(left: Row[], right: Row[], keyFn: (row: Row) => string | null): Array<[number, number]> {
  const byKey = rememberedGroups(right, keyFn);
  const leftKeys = rememberedKeys(left, keyFn);
  const pairs: Array<[number, number]> = [];
  left.forEach((row, i) => {
    const key = leftKeys === undefined ? keyFn(row) : leftKeys[i]!;
    if (key === null) return;
    for (const j of byKey.get(key) ?? []) pairs.push([i, j]);
  });
  return pairs;
}

/**
 * Keys and groupings remembered while one set of rules runs over one dataset (rememberingGroups).
 * A census of 50,000 children is joined on its children and episodes by a score of rules; each
 * grouping is then made once. Only for the shared key functions, whose keys depend on the row alone.
 */
interface Remembered {
  keys: WeakMap<Row[], Map<unknown, (string | null)[]>>;
  groups: WeakMap<Row[], Map<unknown, Map<string, number[]>>>;
}

let scope: Remembered | undefined;

const SHARED_KEYS: ReadonlySet<unknown> = new Set([childOf, episodeOf, assessmentIdOf]);

/** Runs `work`, rules over a dataset that does not change meanwhile, remembering joins' keys and groups. */
export function rememberingGroups<T>(work: () => T): T {
  const outer = scope;
  scope = { keys: new WeakMap(), groups: new WeakMap() };
  try {
    return work();
  } finally {
    scope = outer;
  }
}

function rememberedKeys(rows: Row[], keyFn: (row: Row) => string | null): (string | null)[] | undefined {
  if (scope === undefined || !SHARED_KEYS.has(keyFn)) return undefined;
  const byFn = scope.keys.get(rows) ?? new Map<unknown, (string | null)[]>();
  scope.keys.set(rows, byFn);
  let keys = byFn.get(keyFn);
  if (keys === undefined || keys.length !== rows.length) {
    keys = rows.map((row) => keyFn(row));
    byFn.set(keyFn, keys);
  }
  return keys;
}

/** groupRows(rows, keyFn) for joinRows, which only reads it, so it can be shared. */
function rememberedGroups(rows: Row[], keyFn: (row: Row) => string | null): Map<string, number[]> {
  const keys = rememberedKeys(rows, keyFn);
  if (keys === undefined || scope === undefined) return groupRows(rows, keyFn);
  const byFn = scope.groups.get(rows) ?? new Map<unknown, Map<string, number[]>>();
  scope.groups.set(rows, byFn);
  let groups = byFn.get(keyFn);
  if (groups === undefined) {
    groups = groupRows(rows, (_row, index) => keys[index] ?? null);
    byFn.set(keyFn, groups);
  }
  return groups;
}
