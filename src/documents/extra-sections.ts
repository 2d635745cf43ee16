/**
 * Sections a committee report carries beyond the framework (seed 002: workforce, case file audits,
 * budget), given by the caller as figures with their structure: which columns count children or cases,
 * which row or column is a total, which column is a percentage of the total. The structure becomes
 * relations, so disclosure control can hide enough that no small count can be worked back from a total.
 */
import type { Unit } from '../indicators/definition.ts';
import type { Cell, Relation, TableBlock } from './document.ts';
import { formatValue } from './format.ts';

export interface ExtraTable {
  caption: string;
  /** Headings, the first for the row labels. */
  head: string[];
  /** The unit of each value column. */
  units: Unit[];
  rows: { label: string; values: (number | null)[] }[];
  /** Value columns that count children, cases or audits (1-4 is disclosive). */
  counts?: number[] | undefined;
  /** The last row totals the rows above in every count column. */
  totalRow?: boolean | undefined;
  /** Percentage columns: `column` = 100 × `count` column / that column's total row. */
  percentOf?: { column: number; count: number }[] | undefined;
}

export interface ExtraSection {
  title: string;
  paragraphs?: string[] | undefined;
  table?: ExtraTable | undefined;
}

export function extraTable(table: ExtraTable, id: string): TableBlock {
  const key = (r: number, c: number): string => `${id}:${r}:${c}`;
  const counts = new Set(table.counts ?? []);
  const last = table.rows.length - 1;
  const rows: Cell[][] = table.rows.map((row, r) => [
    { text: row.label, prose: true, strong: table.totalRow === true && r === last },
    ...row.values.map((value, c): Cell => {
      const percent = table.percentOf?.find((p) => p.column === c);
      const numerator = percent ? table.rows[r]?.values[percent.count] : undefined;
      const denominator = percent && table.totalRow ? table.rows[last]?.values[percent.count] : undefined;
      const unit = table.units[c] ?? 'count';
      return {
        text: value === null ? '-' : formatValue(value, unit),
        value,
        unit,
        key: key(r, c),
        count: counts.has(c),
        // A percentage of a small count, or of a small total, gives the count away.
        denominator: percent
          ? Math.min(...[numerator, denominator].filter((n): n is number => typeof n === 'number' && n > 0), Infinity)
          : undefined,
      };
    }),
  ]);
  for (const row of rows) for (const cell of row) if (cell.denominator === Infinity) cell.denominator = null;
  const relations: Relation[] = [];
  if (table.totalRow) {
    for (const c of counts)
      relations.push({ kind: 'sum', total: key(last, c), parts: table.rows.slice(0, last).map((_, r) => key(r, c)) });
    for (const p of table.percentOf ?? [])
      table.rows.forEach((_, r) =>
        relations.push({
          kind: 'ratio',
          value: key(r, p.column),
          numerator: key(r, p.count),
          denominator: key(last, p.count),
          scale: 100,
        }),
      );
  }
  return {
    kind: 'table',
    caption: table.caption,
    head: [table.head.map((text) => ({ text }))],
    rows,
    relations,
    groupRows: undefined,
  };
}
