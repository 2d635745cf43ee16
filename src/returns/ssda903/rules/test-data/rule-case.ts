/**
 * Test data: the shape of a hand-written rule case (`rule-<code>.cases.ts`, beside each rule) and the
 * dataset it stands for. ../cases.test.ts runs every case.
 */
import {
  collectionMeta,
  type CollectionMeta,
  type Dataset903,
  type Row,
  type Table903,
  type Tables903,
} from '../../dataset.ts';
import type { Rule903 } from '../rule.ts';

export interface RuleCase {
  rule: Rule903;
  name?: string;
  /** Collection year to run in; defaults to the first year of the rule. */
  year?: number;
  meta?: Partial<CollectionMeta>;
  /** Tables by name; `X_last` tables form last year's return. */
  tables: Record<string, Row[]>;
  /** The rows the rule must flag, as 'Table:index'. Every other row must pass. */
  flagged: string[];
}

/** The return a case describes: `X_last` tables become last year's return. */
export function datasetOf(c: RuleCase): Dataset903 {
  const year = c.year ?? c.rule.years.from;
  const current: Tables903 = {};
  let previous: Tables903 | undefined;
  for (const [name, rows] of Object.entries(c.tables)) {
    if (name.endsWith('_last')) (previous ??= {})[name.slice(0, -5) as Table903] = rows as Row[];
    else current[name as Table903] = rows as Row[];
  }
  return { current, previous, meta: { ...collectionMeta(year), ...c.meta } };
}

/** How many rows the case gives, in all its tables. */
export function rowCount(c: RuleCase): number {
  return Object.values(c.tables).reduce((sum, rows) => sum + rows.length, 0);
}
