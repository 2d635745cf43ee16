/**
 * The shape of one SSDA903 validation rule. A rule is data (code, DfE message, fields, years) plus a
 * pure check over the whole return, so the same module runs on a council's file, on our own export
 * and on one child's records at the point of entry.
 */
import type { FlaggedRow, RuleInfo } from '../../findings.ts';
import type { Dataset903, Table903 } from '../dataset.ts';

export interface Rule903 extends RuleInfo {
  /** Tables of the current return the rule reads (previous-year tables are read from `data.previous`). */
  tables: Table903[];
  /**
   * Rows that break the rule. `row` is the index in `data.current[table]`; rows of last year's return
   * are reported with the table name suffixed `_last` (e.g. 'Header_last') and their index there.
   */
  validate(data: Dataset903): FlaggedRow[];
}

/**
 * The first collection year we model: the 2022-23 rule set (year of 31 March 2023). Rules older than
 * that carry this as `years.from` because we have not checked when DfE introduced them.
 */
export const FIRST_MODELLED_YEAR = 2023;

/** True when the rule is in force for the collection ending 31 March `year`. */
export function appliesIn(rule: Pick<RuleInfo, 'years'>, year: number): boolean {
  return rule.years.from <= year && (rule.years.to === undefined || year <= rule.years.to);
}
