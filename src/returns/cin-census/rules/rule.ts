/**
 * The shape of one CIN census validation rule (see ../../rules/define-rule.ts for the one module form).
 * `validate` returns the cells it flags: the open validator reports per field, so a rule names every field
 * it holds responsible on each flagged row; readers turn cells into findings.
 */
import type { Rule } from '../../rules/define-rule.ts';
import type { DatasetCin, TableCin } from '../dataset.ts';

/** One flagged cell: `row` is the index of the row in `data.tables[table]`. */
export interface FlaggedCell {
  table: TableCin;
  row: number;
  field: string;
}

export type RuleCin = Rule<DatasetCin, TableCin, FlaggedCell>;
