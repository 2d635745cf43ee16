/**
 * A CIN census validation rule: the DfE rule's identity (RuleInfo), the tables it reads, and a pure
 * check that returns the cells it flags. The open validator reports per field, so a rule names every
 * field it holds responsible on each flagged row; readers turn cells into findings.
 */
import { severityOf, type RuleInfo } from '../../findings.ts';
import type { DatasetCin, TableCin } from '../dataset.ts';

/** One flagged cell: `row` is the index of the row in `data.tables[table]`. */
export interface FlaggedCell {
  table: TableCin;
  row: number;
  field: string;
}

export interface RuleCin extends RuleInfo {
  tables: TableCin[];
  /**
   * 'record' rules flag the rows at fault. 'return' rules (2883, 2886Q, 2887Q, 2888Q) judge the return as a
   * whole: any cell they return means the return is flagged, and the cells are the rows that led to it.
   */
  scope: 'record' | 'return';
  validate(data: DatasetCin): FlaggedCell[];
}

export type RuleCinDefinition = Omit<RuleCin, 'severity' | 'scope'> & { scope?: RuleCin['scope'] };

/** Builds a rule, taking severity from the code by the DfE convention (a trailing Q is a query). */
export function defineRule(definition: RuleCinDefinition): RuleCin {
  return { scope: 'record', ...definition, severity: severityOf(definition.code) };
}
