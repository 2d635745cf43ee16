/**
 * The UASC status of each child this year and last, for rules 205A-205D. The XML return carries a
 * UASC flag in the Header; the CSV return does not, so the flag is derived from the UASC table: a
 * child with any UASC data besides CHILD and DOB is UASC.
 */
import type { Dataset903, Row } from '../dataset.ts';
import { val } from './cells.ts';
import { firstRowByChild } from './rows.ts';

export interface UascFlags {
  /** The UASC flag by child ('1', '0' or null when blank). */
  flags: Map<string, string | null>;
  /** The Header row of each child, when the flag came from the Header. */
  headerRow: Map<string, number>;
  fromHeader: boolean;
}

function hasHeaderFlag(header: Row[] | undefined): header is Row[] {
  return header !== undefined && header.some((row) => 'UASC' in row);
}

/** UASC flags from the Header when it carries them, otherwise derived from the UASC table. */
export function uascFlags(header: Row[] | undefined, uasc: Row[]): UascFlags {
  const flags = new Map<string, string | null>();
  if (hasHeaderFlag(header)) {
    const headerRow = firstRowByChild(header);
    for (const [child, i] of headerRow) flags.set(child, val(header[i], 'UASC'));
    return { flags, headerRow, fromHeader: true };
  }
  for (const row of uasc) {
    const child = val(row, 'CHILD');
    if (child === null || flags.has(child)) continue;
    const hasData = Object.entries(row).some(([k, v]) => k !== 'CHILD' && k !== 'DOB' && v !== null);
    flags.set(child, hasData ? '1' : '0');
  }
  return { flags, headerRow: new Map(), fromHeader: false };
}

export interface UascComparison {
  /** Index of the row in this year's UASC table. */
  uascIndex: number;
  headerIndex: number | undefined;
  now: Row;
  /** The child's row in last year's UASC table, if any. */
  last: Row | undefined;
  flagNow: string | null | undefined;
  /** Last year's flag, known only for children in last year's UASC table. */
  flagLast: string | null | undefined;
}

/**
 * This year's UASC rows joined to last year's, with both years' flags; null when the tables the
 * rules need are missing (no UASC table in either year, or an XML return without both Headers).
 */
export function compareUascYears(data: Dataset903): { rows: UascComparison[]; reportHeader: boolean } | null {
  const uasc = data.current.UASC;
  const uascLast = data.previous?.UASC;
  if (!uasc || !uascLast) return null;
  const header = data.current.Header;
  const headerLast = data.previous?.Header;
  if (data.meta.fileFormat === 'xml' && (!header || !headerLast)) return null;
  const now = uascFlags(header, uasc);
  const last = uascFlags(headerLast, uascLast);
  const lastRow = firstRowByChild(uascLast);
  const rows = uasc.map((row, uascIndex) => {
    const child = val(row, 'CHILD') ?? '';
    const j = lastRow.get(child);
    return {
      uascIndex,
      headerIndex: now.headerRow.get(child),
      now: row,
      last: j === undefined ? undefined : uascLast[j],
      flagNow: now.flags.get(child),
      flagLast: j === undefined ? undefined : last.flags.get(child),
    };
  });
  return { rows, reportHeader: now.fromHeader };
}
