/** The shape of the hand-written rule cases in rules-a-cases-*.ts (see rules-a.test.ts). */
import type { CollectionMeta, Row } from '../dataset.ts';
import type { Rule903 } from './rule.ts';

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

/** Episodes of a child in care since before the year and still in care (in the OC2 cohort). */
export function inCareAllYear(child: string): Row {
  return { CHILD: child, DECOM: '01/01/2020', DEC: null, RNE: 'S', LS: 'C2', REC: null };
}

/** An episode of a child who started care during 2022-23 (so not in the OC2 cohort). */
export function startedInYear(child: string): Row {
  return { CHILD: child, DECOM: '01/06/2022', DEC: null, RNE: 'S', LS: 'C2', REC: null };
}
