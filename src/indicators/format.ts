/** Plain-text presentations of results for the CLI: table, CSV, drill-down and catalogue list (JSON: presentResult in result.ts). */
import type { IndicatorDefinition } from './definition.ts';
import type { IndicatorResult } from './result.ts';

export function formatValue(value: number | null): string {
  if (value === null) return '-';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function levelLabel(result: IndicatorResult): string {
  return result.level.id === null ? result.level.kind : `${result.level.kind}:${result.level.id}`;
}

function periodLabel(result: IndicatorResult): string {
  return result.period.from === result.period.to ? result.period.to : `${result.period.from}..${result.period.to}`;
}

/** Aligned columns: id, level, period, value, numerator, denominator, unit, note. */
export function formatTable(results: readonly IndicatorResult[]): string {
  const header = ['id', 'level', 'period', 'value', 'numerator', 'denominator', 'unit', 'note'];
  const rows = results.map((r) => [
    r.id,
    levelLabel(r),
    periodLabel(r),
    formatValue(r.value),
    formatValue(r.numerator),
    formatValue(r.denominator),
    r.unit,
    [
      r.rate && r.rate.value !== null ? `${formatValue(r.rate.value)} per ${r.rate.per.toLocaleString('en-GB')}` : '',
      r.note ?? '',
    ]
      .filter(Boolean)
      .join('; '),
  ]);
  return alignColumns([header, ...rows]);
}

function alignColumns(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return `${rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(results: readonly IndicatorResult[]): string {
  const header = [
    'id',
    'title',
    'unit',
    'polarity',
    'at',
    'period_from',
    'period_to',
    'level_kind',
    'level_id',
    'value',
    'numerator',
    'denominator',
  ];
  const lines = results.map((r) =>
    [
      r.id,
      r.title,
      r.unit,
      r.polarity,
      r.at,
      r.period.from,
      r.period.to,
      r.level.kind,
      r.level.id,
      r.value,
      r.numerator,
      r.denominator,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/** One block per result: the figure, then who is in the numerator, the denominator only, and excluded. */
export function formatExplain(results: readonly IndicatorResult[]): string {
  return results
    .map((r) => {
      const head = `${r.id} ${levelLabel(r)} ${periodLabel(r)}: value ${formatValue(r.value)}, numerator ${formatValue(r.numerator)}, denominator ${formatValue(r.denominator)}`;
      const rows = (r.rows ?? []).map((row) => [
        row.status,
        `${row.subjectType} ${row.subjectId}`,
        row.recordId ?? '',
        row.category ?? '',
        row.excludedReason ?? row.detail ?? '',
      ]);
      return rows.length
        ? `${head}\n${alignColumns([['status', 'subject', 'record', 'category', 'detail'], ...rows])}`
        : `${head}\n(no rows)\n`;
    })
    .join('\n');
}

export function formatList(definitions: readonly IndicatorDefinition[]): string {
  return alignColumns([
    ['id', 'kind', 'unit', 'better', 'source', 'title'],
    ...definitions.map((d) => [d.id, d.kind, d.unit, d.polarity, d.source, d.title]),
  ]);
}
