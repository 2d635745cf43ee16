/**
 * Findings as an Excel workbook: a "Findings" sheet (one row each, filterable) and a "By rule" sheet
 * counting errors and queries per rule, for a performance officer to share out the fixing. Written with
 * ExcelJS's streaming writer, row by row, so a return with 100,000 findings fits in bounded memory.
 */
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Finding } from '../findings.ts';
import { FINDING_COLUMNS, findingCells } from './render-text.ts';
import { groupByRule } from './to-findings.ts';

/** Excel's last row is 1,048,576: one for the titles, one for the note saying how many were left out. */
export const XLSX_MAX_FINDINGS = 1_048_574;

/** Writes the workbook to `stream` (ending it). */
export async function writeFindingsXlsx(findings: readonly Finding[], stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'Kestrel';
  const sheet = workbook.addWorksheet('Findings', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = FINDING_COLUMNS.map((title) => ({
    header: title,
    width: title === 'Message' ? 80 : title === 'File' ? 24 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FINDING_COLUMNS.length } };
  const shown = Math.min(findings.length, XLSX_MAX_FINDINGS);
  for (let i = 0; i < shown; i++) {
    const finding = findings[i]!;
    const cells: (string | number)[] = findingCells(finding);
    if (finding.source?.line !== undefined) cells[4] = finding.source.line;
    sheet.addRow(cells).commit();
  }
  if (shown < findings.length)
    sheet
      .addRow([
        `${(findings.length - shown).toLocaleString('en-GB')} more findings do not fit in a worksheet: use --format csv`,
      ])
      .commit();
  sheet.commit();

  const byRule = workbook.addWorksheet('By rule');
  byRule.columns = [
    { header: 'Rule', width: 12 },
    { header: 'Severity', width: 10 },
    { header: 'Rows', width: 8 },
    { header: 'Children', width: 10 },
    { header: 'Message', width: 80 },
  ];
  byRule.getRow(1).font = { bold: true };
  for (const group of groupByRule(findings)) {
    byRule
      .addRow([
        group.code,
        group.severity,
        group.findings.length,
        new Set(group.findings.map((f) => f.child).filter(Boolean)).size,
        group.message,
      ])
      .commit();
  }
  byRule.commit();
  await workbook.commit();
}

/** The workbook as bytes (small reports, tests). */
export async function renderXlsx(findings: readonly Finding[]): Promise<Buffer> {
  const collected = new PassThrough();
  const chunks: Buffer[] = [];
  collected.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    collected.on('end', resolve);
    collected.on('error', reject);
  });
  await writeFindingsXlsx(findings, collected);
  await ended;
  return Buffer.concat(chunks);
}
