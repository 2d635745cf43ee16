/**
 * One entry point from a built document to the bytes of a format. The heavy writers (Chromium, exceljs,
 * docx) are loaded only for their format.
 */
import type { Scorecard } from '../framework/model.ts';
import type { ReportDocument } from './document.ts';

export const SCORECARD_FORMATS = ['html', 'pdf', 'xlsx', 'docx', 'csv', 'json'] as const;
export const REPORT_FORMATS = ['html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof SCORECARD_FORMATS)[number];

/**
 * The file for `format`. JSON of an internal scorecard is the model itself (what the API serves); of a
 * public document, the suppressed document, so JSON never holds more than the page.
 */
export async function renderDocument(
  document: ReportDocument,
  format: DocumentFormat,
  model?: Scorecard,
): Promise<Buffer> {
  switch (format) {
    case 'html': {
      const { renderHtml } = await import('./html.ts');
      return Buffer.from(renderHtml(document));
    }
    case 'pdf': {
      const { renderPdf } = await import('./pdf.ts');
      return renderPdf(document);
    }
    case 'xlsx': {
      const { renderXlsx } = await import('./xlsx.ts');
      return renderXlsx(document);
    }
    case 'docx': {
      const { renderDocx } = await import('./docx.ts');
      return renderDocx(document);
    }
    case 'csv': {
      const { renderCsv } = await import('./csv.ts');
      return Buffer.from(renderCsv(document));
    }
    case 'json':
      return Buffer.from(`${JSON.stringify(jsonOf(document, model), null, 2)}\n`);
  }
}

function jsonOf(document: ReportDocument, model: Scorecard | undefined): unknown {
  if (document.marking === 'internal' && model !== undefined) return { marking: 'internal', scorecard: model };
  return JSON.parse(JSON.stringify(document, (key, value) => (key === 'svg' ? undefined : value)));
}
