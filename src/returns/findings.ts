/**
 * What a validation rule reports, shared by the SSDA903 and CIN census rule sets.
 * A finding names the rule and the rows it flagged; readers attach file, line, child and field so
 * the message reaches a performance officer in words they can act on.
 */
export type Severity = 'error' | 'query';

export interface RuleInfo {
  /** DfE rule code as published, e.g. "103", "503A", "8670Q", "INT01". */
  code: string;
  message: string;
  /** Fields the rule looks at, as named in the return (e.g. "DECOM", "CPPstartDate"). */
  affectedFields: string[];
  /** Codes ending in Q are queries (the council must check or explain); the rest are errors. */
  severity: Severity;
  /** Collection years the rule applies to, by the year of the 31 March reference date (2025 = 2024-25). */
  years: { from: number; to?: number };
}

/** One flagged row of one table. `row` is the index of the row in the dataset table. */
export interface FlaggedRow {
  table: string;
  row: number;
}

export interface Finding extends FlaggedRow {
  code: string;
  severity: Severity;
  message: string;
  fields: string[];
  /** The child's id on the flagged row, where the row has one. */
  child?: string | undefined;
  /** Where the row came from: file name and 1-based line (CSV) or line of the element (XML). */
  source?: { file: string; line?: number | undefined } | undefined;
}

/** Severity by the DfE convention: a code ending in Q is a query. */
export function severityOf(code: string): Severity {
  return /q$/i.test(code) ? 'query' : 'error';
}
