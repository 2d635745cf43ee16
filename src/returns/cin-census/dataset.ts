/**
 * The CIN census as flat tables of text cells, one row per element occurrence, as read from the XML
 * (or built from the record store). Each row keeps the child's LAchildID and the counters that tie
 * it to its CINdetails, assessment or plan, so rules can join tables the way the census nests them.
 *
 * Assessments: as in the open validator's flattening, one row per factor identified at assessment (the
 * assessment's dates repeat on each), or one row with AssessmentFactors blank when none is recorded.
 * Rows of one assessment share an AssessmentID where the reader assigns one; the rules fall back to
 * the dates (or the single row) when it is absent.
 */
export const TABLES_CIN = [
  'Header',
  'ChildIdentifiers',
  'ChildCharacteristics',
  'Disabilities',
  'CINdetails',
  'Assessments',
  'AssessmentFactorsList',
  'CINplanDates',
  'Section47',
  'ChildProtectionPlans',
  'Reviews',
] as const;
export type TableCin = (typeof TABLES_CIN)[number];

export type Row = Record<string, string | null>;

export type TablesCin = Partial<Record<TableCin, Row[]>>;

export interface DatasetCin {
  tables: TablesCin;
  meta: {
    /** Year of the census reference date (31 March): 2025 for the 2024-25 census. */
    year: number;
    /** ISO date, 31 March `year`. */
    referenceDate: string;
    /** ISO date, 1 April `year - 1`. */
    collectionStart: string;
  };
}
