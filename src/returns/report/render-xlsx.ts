/**
 * Findings as an Excel workbook: a "Findings" sheet (one row each, filterable) and a "By rule" sheet
 * counting errors and queries per rule, for a performance officer to share out the fixing.
 */
import ExcelJS from 'exceljs';
import type { Finding } from '../findings.ts';
import { FINDING_COLUMNS, findingCells } from './render-text.ts';

export function buildFindingsWorkbook(findings: readonly Finding[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kestrel';
  const sheet = workbook.addWorksheet('Findings');
  sheet.columns = FINDING_COLUMNS.map((title) => ({ header: title, width: title === 'Message' ? 80 : title === 'File' ? 24 : 14 }));
  for (const finding of findings) {
    const cells: (string | number)[] = findingCells(finding);
    if (finding.source?.line !== undefined) cells[4] = finding.source.line;
    sheet.addRow(cells);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FINDING_COLUMNS.length } };

  const byRule = workbook.addWorksheet('By rule');
  byRule.columns = [{ header: 'Rule', width: 12 }, { header: 'Severity', width: 10 }, { header: 'Rows', width: 8 }, { header: 'Children', width: 10 }, { header: 'Message', width: 80 }];
  for (const group of groupByRule(findings)) {
    byRule.addRow([group.code, group.severity, group.findings.length, new Set(group.findings.map((f) => f.child).filter(Boolean)).size, group.message]);
  }
  byRule.getRow(1).font = { bold: true };
  return workbook;
}

export async function renderXlsx(findings: readonly Finding[]): Promise<Buffer> {
  const data = await buildFindingsWorkbook(findings).xlsx.writeBuffer();
  return Buffer.from(data);
}

export interface RuleGroup {
  code: string;
  severity: Finding['severity'];
  message: string;
  findings: Finding[];
}

/** Findings grouped by rule code, in code order (numeric-aware: 103 before 1103). */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.code) ?? { code: finding.code, severity: finding.severity, message: finding.message, findings: [] };
    group.findings.push(finding);
    groups.set(finding.code, group);
  }
  return [...groups.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}
