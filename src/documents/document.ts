/**
 * One neutral document that every renderer lays out: the scorecard, committee, statement and
 * benchmarking builders turn a Scorecard into this, disclosure control (suppression.ts) runs over it, and
 * the HTML/PDF, DOCX and XLSX writers print it. So the formats of one document never disagree, and the
 * suppression test reads exactly what is printed.
 */
import type { Unit } from '../indicators/definition.ts';
import type { Rag } from '../framework/model.ts';

/** Public documents are suppressed; internal ones are not and say so in their footer. */
export type Marking = 'public' | 'internal';

export interface Cell {
  /** What is printed ("c" once suppressed). */
  text: string;
  /** The figure behind the text: kept as a number in XLSX; undefined for words. */
  value?: number | null | undefined;
  unit?: Unit | undefined;
  rag?: Rag | null | undefined;
  /** The same figure anywhere in the document carries the same key, so it is suppressed everywhere at once. */
  key?: string | undefined;
  /** A count of children or cases: shown as c when from 1 to below the threshold. */
  count?: boolean | undefined;
  /** For a percentage or mean: the count it is taken over; c when below the threshold. */
  denominator?: number | null | undefined;
  suppressed?: boolean | undefined;
  /** Inline SVG drawn in HTML/PDF instead of the text (a sparkline); the text is its alternative. */
  svg?: string | undefined;
  strong?: boolean | undefined;
  /** Columns this cell spans (a comments row under a measure). */
  span?: number | undefined;
  /** Left-aligned running text rather than a figure. */
  prose?: boolean | undefined;
}

/** How figures of one table (or the page) determine each other: what an attacker could use. */
export type Relation =
  | { kind: 'sum'; total: string; parts: string[] }
  | { kind: 'ratio'; value: string; numerator: string; denominator: string; scale: number };

export interface TableBlock {
  kind: 'table';
  caption: string;
  /** Header rows: `span` columns wide, `rows` rows deep (a later row leaves out the cells it covers, which sit at the left). */
  head: { text: string; span?: number; rows?: number }[][];
  rows: Cell[][];
  relations?: Relation[] | undefined;
  /** Rows that open a group (a section title across the table). */
  groupRows?: number[] | undefined;
  /** Relative widths of the columns. */
  widths?: number[] | undefined;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; number?: string | undefined; strong?: boolean | undefined }
  | { kind: 'list'; items: string[] }
  | TableBlock
  | { kind: 'chart'; title: string; svg: string; alt: string };

export interface ReportSection {
  title: string;
  /** Numbered like the seeds' "1. Summary". */
  number?: string | undefined;
  blocks: Block[];
}

export interface ReportDocument {
  kind: 'scorecard' | 'committee' | 'statement' | 'benchmarking';
  title: string;
  subtitle: string;
  council: string;
  /** The date the figures are at, in words. */
  asAt: string;
  producedAt: string;
  marking: Marking;
  /** Wide tables: landscape pages. */
  landscape: boolean;
  sections: ReportSection[];
  /** Footnotes printed at the end (the c footnote of suppressed documents). */
  footnotes: string[];
}

/** Every table of a document, in order. */
export function tablesOf(document: ReportDocument): TableBlock[] {
  return document.sections.flatMap((section) =>
    section.blocks.filter((block): block is TableBlock => block.kind === 'table'),
  );
}

/** The line printed at the foot of every page. */
export function markingLine(document: ReportDocument): string {
  return document.marking === 'public'
    ? 'Public: small numbers suppressed (c)'
    : 'Internal: not for publication. Figures are not suppressed';
}

export function textCell(text: string, extra: Partial<Cell> = {}): Cell {
  return { text, ...extra };
}
