/**
 * The returns pages' forms read into requests, or into the one problem to show in the GOV.UK error
 * summary (the field and what to do): the upload (which return, its collection year, its files) and
 * the export (which return, for which year or date). Nothing reaches the store until a form reads.
 */
import { isIsoDate } from '../../calendar/dates.ts';
import { CIN_SCHEMA_YEARS } from '../../returns/io/xsd.ts';
import { RETURN_KINDS, type ReturnKind, type SentFile } from '../return-files.ts';

/** A problem with a form, for the error summary and the message beside the field. */
export interface FieldError {
  /** The id of the input at fault (the summary links to it). */
  field: string;
  message: string;
}

export interface UploadForm {
  kind: ReturnKind;
  year: number | undefined;
  files: SentFile[];
}

export type ExportRequest = { kind: '903' | 'cin'; year: number } | { kind: 'annexa'; at: string };

/** The years the export form offers: the CIN census's schema years (the 903 collection runs alike). */
export const EXPORT_YEARS: readonly number[] = CIN_SCHEMA_YEARS;

/** What each return's files must be, checked by name before anything is read. */
const FILES_OF: Record<ReturnKind, { fits: (names: string[]) => boolean; message: string }> = {
  '903': {
    fits: (names) => (names.length === 1 && /\.xml$/i.test(names[0]!)) || names.every((name) => /\.csv$/i.test(name)),
    message: 'An SSDA903 return is its CSV files (.csv) or one XML file (.xml)',
  },
  cin: {
    fits: (names) => names.length === 1 && /\.xml$/i.test(names[0]!),
    message: 'A CIN census is one XML file (.xml)',
  },
  annexa: {
    fits: (names) => names.length === 1 && /\.xlsx$/i.test(names[0]!),
    message: 'Annex A is one Excel workbook (.xlsx)',
  },
};

function isKind(value: unknown): value is ReturnKind {
  return typeof value === 'string' && (RETURN_KINDS as readonly string[]).includes(value);
}

/** Reads the upload form: the return, the year (optional: the file's own), and the files. */
export async function readUploadForm(form: FormData): Promise<UploadForm | FieldError> {
  const kind = form.get('kind');
  if (!isKind(kind)) return { field: 'kind', message: 'Select the return you are uploading' };
  const yearText = String(form.get('year') ?? '').trim();
  const year = yearText === '' ? undefined : Number(yearText);
  if (year !== undefined && !(/^\d{4}$/.test(yearText) && year >= 2000 && year <= 2100))
    return {
      field: 'year',
      message: 'Enter the collection year as 4 digits, for example 2025 for 2024 to 2025, or leave it blank',
    };
  const uploads = form.getAll('files').filter((value): value is File => typeof value !== 'string' && value.size > 0);
  if (uploads.length === 0) return { field: 'files', message: 'Select the return file to upload' };
  const names = uploads.map((file) => file.name);
  if (!FILES_OF[kind].fits(names)) return { field: 'files', message: FILES_OF[kind].message };
  const files = await Promise.all(
    uploads.map(async (file) => ({ name: file.name, body: new Uint8Array(await file.arrayBuffer()) })),
  );
  return { kind, year: kind === 'annexa' ? undefined : year, files };
}

/** Reads the export form: the return and its year (903, CIN) or inspection date (Annex A). */
export function readExportForm(form: Record<string, unknown>): ExportRequest | FieldError {
  const kind = form['kind'];
  if (kind === 'annexa') {
    const at = typeof form['at'] === 'string' ? form['at'].trim() : '';
    if (!isIsoDate(at))
      return { field: 'annexa-at', message: 'Enter the inspection date as YYYY-MM-DD, for example 2025-03-31' };
    return { kind, at };
  }
  if (kind !== '903' && kind !== 'cin') return { field: '903-year', message: 'Select the return to download' };
  const year = Number(form['year']);
  if (!EXPORT_YEARS.includes(year))
    return {
      field: `${kind}-year`,
      message: `Select a collection year from ${EXPORT_YEARS[0]} to ${EXPORT_YEARS.at(-1)}`,
    };
  return { kind, year };
}
