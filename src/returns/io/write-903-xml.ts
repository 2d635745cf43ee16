/**
 * Writes an SSDA903 return in its XML form (EXPSSDA903, schema 3.3.0): one CHILD per Header row, with
 * the UASC, AD1 and OC3 items flat in HEADER and the repeating groups in schema order. The reverse of
 * read-903-xml.ts. SWEpisodes and DoLo have no place in this schema and are not written.
 */
import type { Row, Table903, Tables903 } from '../ssda903/dataset.ts';
import {
  EPISODE_GROUP,
  FLAT_TABLES,
  HEADER_GROUPS,
  HEADER_LEAVES_AFTER_REVIEWS,
  REQUIRED_XML_ITEMS,
  columnForItem,
  type XmlGroup,
} from './columns-903-xml.ts';
import { XmlFileWriter } from './xml-write.ts';

export async function write903Xml(path: string, tables: Tables903): Promise<void> {
  const out = new XmlFileWriter(path);
  out.raw('<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n');
  const byChild = indexByChild(tables);
  const written = new Set<string>();
  for (const header of tables.Header ?? []) {
    const id = header['CHILD'] ?? '';
    // A child listed twice in Header gets its other rows once, with the first listing.
    const rows = written.has(id) ? new Map<Table903, Row[]>() : (byChild.get(id) ?? new Map<Table903, Row[]>());
    written.add(id);
    writeChild(out, header, rows);
    await out.flushIfLarge();
  }
  out.raw('</EXPSSDA903>\n');
  await out.close();
}

function indexByChild(tables: Tables903): Map<string, Map<Table903, Row[]>> {
  const index = new Map<string, Map<Table903, Row[]>>();
  for (const [table, rows] of Object.entries(tables) as [Table903, Row[] | undefined][]) {
    if (table === 'Header') continue;
    for (const row of rows ?? []) {
      const id = row['CHILD'] ?? '';
      const tablesOfChild = index.get(id) ?? new Map<Table903, Row[]>();
      tablesOfChild.set(table, [...(tablesOfChild.get(table) ?? []), row]);
      index.set(id, tablesOfChild);
    }
  }
  return index;
}

function writeChild(out: XmlFileWriter, header: Row, rows: Map<Table903, Row[]>): void {
  const flat: Record<string, string | null> = {};
  for (const { table, items } of FLAT_TABLES) {
    const first = rows.get(table)?.[0];
    for (const item of items) flat[item] = first?.[item] ?? null;
  }
  const uasc = (rows.get('UASC')?.length ?? 0) > 0 ? '1' : '0';
  out.raw('  <CHILD>\n    <HEADER>\n');
  const i = '      ';
  out.leaf(i, 'CHILDID', header['CHILD'], true);
  out.leaf(i, 'UPN', header['UPN'], true);
  out.leaf(i, 'SEX', header['SEX'], true);
  out.leaf(i, 'DOB', header['DOB'], true);
  out.leaf(i, 'ETHNIC', header['ETHNIC'], true);
  out.leaf(i, 'UASC', uasc, true);
  for (const item of [
    'DUC',
    'DATE_INT',
    'DATE_MATCH',
    'FOSTER_CARE',
    'NB_ADOPTR',
    'SEX_ADOPTR',
    'LS_ADOPTR',
    'IN_TOUCH',
    'ACTIV',
    'ACCOM',
  ]) {
    out.leaf(i, item, flat[item], false);
  }
  const [missing, reviews, ...afterMother] = HEADER_GROUPS;
  for (const group of [missing, reviews])
    if (group !== undefined) writeGroups(out, i, group, rows.get(group.table) ?? []);
  for (const item of HEADER_LEAVES_AFTER_REVIEWS) out.leaf(i, item, header[item], false);
  for (const group of afterMother) writeGroups(out, i, group, rows.get(group.table) ?? []);
  out.raw('    </HEADER>\n');
  writeGroups(out, '    ', EPISODE_GROUP, rows.get('Episodes') ?? []);
  out.raw('  </CHILD>\n');
}

function writeGroups(out: XmlFileWriter, indent: string, group: XmlGroup, rows: readonly Row[]): void {
  for (const row of rows) {
    out.raw(`${indent}<${group.element}>\n`);
    for (const item of group.items)
      out.leaf(`${indent}  `, item, row[columnForItem(item)], REQUIRED_XML_ITEMS.has(item));
    out.raw(`${indent}</${group.element}>\n`);
  }
}
