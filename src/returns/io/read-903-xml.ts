/**
 * Reads the XML form of the SSDA903 (EXPSSDA903, RETURNS.md 1.2) into the same tables as the CSV form,
 * walked by xml-stream.ts (the file is read whole: a 903 is a few MB). Each row's source line is the line of the
 * element it came from: the EPISODE, AREVIEW, ... element, or for the flat UASC/AD1/OC3 items the
 * first of them, and HEADER for the Header row.
 */
import { basename } from 'node:path';
import { collectionMeta, type Dataset903, type Row, type Table903, type Tables903 } from '../ssda903/dataset.ts';
import { COLUMNS_903 } from './columns-903.ts';
import {
  EPISODE_GROUP,
  FLAT_TABLES,
  HEADER_GROUPS,
  XML_TABLES_903,
  columnForItem,
  isUascFlag,
  type XmlGroup,
} from './columns-903-xml.ts';
import { withPrevious, type SourceLocation, type SourceMap } from './source-map.ts';
import { walkXml } from './xml-stream.ts';
import type { XmlVisitor } from './xml-visitor.ts';

export interface Read903XmlOptions {
  /** Year of the 31 March ending the collection; the XML does not carry it. */
  year: number;
  laCode?: string | undefined;
  /** Last year's XML return, for rules that compare years. */
  previous?: string | undefined;
}

export interface Read903XmlResult {
  dataset: Dataset903;
  sources: SourceMap;
}

export async function read903Xml(path: string, options: Read903XmlOptions): Promise<Read903XmlResult> {
  const current = await read903XmlTables(path);
  const previous = options.previous === undefined ? undefined : await read903XmlTables(options.previous);
  return {
    dataset: {
      current: current.tables,
      previous: previous?.tables,
      meta: collectionMeta(options.year, options.laCode),
    },
    sources: previous === undefined ? current.sources : withPrevious(current.sources, previous.sources),
  };
}

const GROUPS_BY_ELEMENT = new Map<string, XmlGroup>(
  [...HEADER_GROUPS, EPISODE_GROUP].map((group) => [group.element, group]),
);

interface ChildInProgress {
  headerLine: number;
  header: Record<string, string | null>;
  headerLines: Record<string, number>;
  rows: { table: Table903; row: Row; line: number }[];
}

interface GroupInProgress {
  group: XmlGroup;
  row: Row;
  line: number;
}

export async function read903XmlTables(path: string): Promise<{ tables: Tables903; sources: SourceMap }> {
  const file = basename(path);
  let tables: Tables903 = {};
  let sources: SourceMap = {};
  let child: ChildInProgress | undefined;
  let group: GroupInProgress | undefined;

  function emit(table: Table903, row: Row, line: number): void {
    (tables[table] ??= []).push(row);
    (sources[table] ??= []).push({ file, line });
  }

  // Called again, to start afresh, when the file needs the general parser (xml-stream.ts).
  const start = (): XmlVisitor => {
    tables = Object.fromEntries(XML_TABLES_903.map((table) => [table, [] as Row[]]));
    sources = Object.fromEntries(XML_TABLES_903.map((table) => [table, [] as SourceLocation[]]));
    child = undefined;
    group = undefined;
    return visitor;
  };
  const visitor: XmlVisitor = {
    open(name, line, openPath) {
      if (name === 'CHILD' && openPath.length === 2) {
        child = { headerLine: line, header: {}, headerLines: {}, rows: [] };
      } else if (name === 'HEADER' && child !== undefined) {
        child.headerLine = line;
      } else if (child !== undefined && GROUPS_BY_ELEMENT.has(name) && group === undefined) {
        const found = GROUPS_BY_ELEMENT.get(name);
        if (found !== undefined) group = { group: found, row: {}, line };
      }
    },
    close(name, text, line, openPath) {
      const value = text === '' ? null : text;
      const parent = openPath[openPath.length - 2];
      if (child === undefined) return;
      if (group !== undefined && name === group.group.element) {
        child.rows.push({ table: group.group.table, row: group.row, line: group.line });
        group = undefined;
      } else if (group !== undefined && parent === group.group.element) {
        group.row[columnForItem(name)] = value;
      } else if (parent === 'HEADER') {
        child.header[name] = value;
        child.headerLines[name] = line;
      } else if (name === 'CHILD' && openPath.length === 2) {
        finishChild(child, emit);
        child = undefined;
      }
    },
  };
  await walkXml(path, 'EXPSSDA903', start);
  return { tables, sources };
}

/** Splits one CHILD into its table rows, in table order, each carrying CHILD (and DOB where the table has it). */
function finishChild(child: ChildInProgress, emit: (table: Table903, row: Row, line: number) => void): void {
  const h = child.header;
  const id = h['CHILDID'] ?? null;
  const dob = h['DOB'] ?? null;
  emit('Header', pick(COLUMNS_903.Header, { ...h, CHILD: id }), child.headerLine);
  for (const flat of FLAT_TABLES) {
    const given = flat.items.filter((item) => (h[item] ?? null) !== null);
    const wanted = given.length > 0 || (flat.table === 'UASC' && isUascFlag(h['UASC']));
    if (!wanted) continue;
    const firstLine =
      given.map((item) => child.headerLines[item] ?? child.headerLine)[0] ??
      child.headerLines['UASC'] ??
      child.headerLine;
    emit(flat.table, pick(COLUMNS_903[flat.table], { ...h, CHILD: id }), firstLine);
  }
  for (const table of ['Episodes', 'Reviews', 'OC2', 'PlacedAdoption', 'PrevPerm', 'Missing'] as const) {
    for (const item of child.rows.filter((r) => r.table === table)) {
      emit(table, pick(COLUMNS_903[table], { ...item.row, CHILD: id, DOB: dob }), item.line);
    }
  }
}

/** A row holding exactly `columns`, missing ones null. */
function pick(columns: readonly string[], values: Record<string, string | null | undefined>): Row {
  const row: Row = {};
  for (const column of columns) row[column] = values[column] ?? null;
  return row;
}
