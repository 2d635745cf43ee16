/**
 * Builders for the CIN rules that are one idea with a different field: a date of one module cannot be
 * before the referral date of its episode (DfE 1103, 1104, 1105, 2889, 4015 ...), or after the child's
 * date of death (4008, 4009Q, 8915, 8920 ...). Each returns the rule's `validate`; both cells of a wrong
 * pair are flagged, the module's date first, then the date it is compared with.
 */
import type { DatasetCin, Row, TableCin } from '../dataset.ts';
import { dateOf } from './dates.ts';
import { joinRows } from './joins.ts';
import { cellsFor, childOf, episodeOf, rowsOf } from './rows.ts';
import type { FlaggedCell } from './rule.ts';

interface Reference {
  table: TableCin;
  field: string;
  /** How a row finds its reference row: by episode (LAchildID + CINdetailsID) or by child. */
  key: (row: Row) => string | null;
}

function outOfOrder(
  table: TableCin,
  field: string,
  reference: Reference,
  wrong: (date: string, referenceDate: string) => boolean,
): (data: DatasetCin) => FlaggedCell[] {
  return (data) => {
    const rows = rowsOf(data, table);
    const references = rowsOf(data, reference.table);
    const pairs = joinRows(rows, references, reference.key).filter(([i, j]) => {
      const date = dateOf(rows[i], field);
      const referenceDate = dateOf(references[j], reference.field);
      return date !== null && referenceDate !== null && wrong(date, referenceDate);
    });
    return [
      ...cellsFor(
        table,
        pairs.map(([i]) => i),
        [field],
      ),
      ...cellsFor(
        reference.table,
        pairs.map(([, j]) => j),
        [reference.field],
      ),
    ];
  };
}

const REFERRAL: Reference = { table: 'CINdetails', field: 'CINreferralDate', key: episodeOf };
const DEATH: Reference = { table: 'ChildIdentifiers', field: 'PersonDeathDate', key: childOf };

/** Flags `field` of `table` when it is before the referral date of its episode. */
export function beforeReferralDate(table: TableCin, field: string): (data: DatasetCin) => FlaggedCell[] {
  return outOfOrder(table, field, REFERRAL, (date, referral) => date < referral);
}

/** Flags `field` of `table` when it is after the child's date of death. */
export function afterDeathDate(table: TableCin, field: string): (data: DatasetCin) => FlaggedCell[] {
  return outOfOrder(table, field, DEATH, (date, death) => date > death);
}
