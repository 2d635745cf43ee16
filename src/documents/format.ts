/**
 * How figures read in a council's documents: values by unit ("81.1%", "24.1", "527"), dates ("31 December
 * 2017", "Dec 2017"), RAG and direction words, and Excel number formats, shared by every renderer so the
 * HTML, PDF, DOCX and XLSX of one document print the same figures.
 */
import type { Unit } from '../indicators/definition.ts';
import type { Direction, Frequency, Rag, ResultStatus } from '../framework/model.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Decimal places a unit is printed with. */
export function decimalsOf(unit: Unit): number {
  switch (unit) {
    case 'count':
    case 'days':
    case 'pounds':
      return 0;
    case 'rate-per-1000':
      return 2;
    default:
      return 1;
  }
}

/** A value as the seeds print it: "81.1%", "24.1", "£4,424,000"; "" for no value. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const decimals = decimalsOf(unit);
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
  if (unit === 'percent') return `${text}%`;
  // "-£14,446", as a council's accounts print a negative sum, not "£-14,446".
  if (unit === 'pounds') return value < 0 ? `-£${text.replace('-', '')}` : `£${text}`;
  return text;
}

/** A plain number for underlying data (thousands separated, up to one decimal). */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** The unit column of seed 001 ("%", "Number", "Days"). */
export function unitLabel(unit: Unit): string {
  const labels: Record<Unit, string> = {
    count: 'Number',
    percent: '%',
    'rate-per-10k': 'Rate per 10,000',
    'rate-per-100k': 'Rate per 100,000',
    'rate-per-1000': 'Rate per 1,000',
    ratio: 'Number',
    days: 'Days',
    weeks: 'Weeks',
    'per-month': 'Number a month',
    fte: 'FTE',
    points: 'Points',
    pounds: '£',
  };
  return labels[unit];
}

/** Excel number format for a unit; percentages are stored as the figure (81.1), not a fraction. */
export function excelFormat(unit: Unit): string {
  const decimals = decimalsOf(unit);
  const base = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
  if (unit === 'percent') return `${base}"%"`;
  if (unit === 'pounds') return `"£"${base}`;
  return base;
}

export function ragLabel(rag: Rag | null): string {
  return rag === null ? 'Not rated' : rag === 'green' ? 'Green' : rag === 'amber' ? 'Amber' : 'Red';
}

/** Fill colours for RAG cells (GOV.UK palette, dark text readable on each). */
export const RAG_COLOURS: Record<Rag, { fill: string; text: string }> = {
  green: { fill: '#cce2d8', text: '#005a30' },
  amber: { fill: '#fff7bf', text: '#594d00' },
  red: { fill: '#f4cdc6', text: '#942514' },
};

export function directionLabel(direction: Direction | null): string {
  if (direction === null) return 'Not known';
  return direction === 'improving' ? 'Improving' : direction === 'worsening' ? 'Worsening' : 'No change';
}

/** An arrow beside the words, as seed 002's "short trend" column: better up, worse down. */
export function directionArrow(direction: Direction | null): string {
  if (direction === null) return '';
  return direction === 'improving' ? '▲' : direction === 'worsening' ? '▼' : '►';
}

export function statusLabel(status: ResultStatus): string {
  return status === 'up-to-date' ? 'Up to date' : status === 'late' ? 'Late' : 'Missing';
}

export function frequencyLabel(frequency: Frequency): string {
  return frequency === 'monthly' ? 'Monthly' : frequency === 'quarterly' ? 'Quarterly' : 'Annual';
}

export function polarityLabel(polarity: 'H' | 'L' | 'N'): string {
  return polarity === 'H' ? 'Higher is better' : polarity === 'L' ? 'Lower is better' : 'Neither';
}

/** "31 December 2017". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** "Dec 2017", as seed 001's last available result. */
export function monthYear(iso: string | null): string {
  if (iso === null) return '';
  const [year, month] = iso.slice(0, 10).split('-').map(Number);
  return `${(MONTHS[(month ?? 1) - 1] ?? '').slice(0, 3)} ${year}`;
}

/** "2016/17" for the year ending 31 March 2017, as the seeds head their columns. */
export function financialYearShort(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
