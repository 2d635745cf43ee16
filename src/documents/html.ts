/**
 * The one template for HTML and PDF: a ReportDocument as a self-contained page (styles inline, charts as
 * inline SVG), escaped throughout. Chromium prints the same page to PDF (pdf.ts), adding page headers
 * and footers; on screen the marking line is printed at the foot of the page instead.
 */
import type { Block, Cell, ReportDocument, TableBlock } from './document.ts';
import { markingLine } from './document.ts';
import { escapeHtml } from './escape.ts';
import { RAG_COLOURS, longDate } from './format.ts';
import { documentStyles } from './html-styles.ts';

export interface HtmlOptions {
  /** For print: headers and footers come from Chromium, so the screen footer is hidden. */
  print?: boolean;
}

export function renderHtml(document: ReportDocument, options: HtmlOptions = {}): string {
  const e = escapeHtml;
  const sections = document.sections
    .map((section, i) => {
      const number = section.number ?? (document.kind === 'scorecard' ? undefined : String(i + 1));
      const heading = number ? `${e(number)}. ${e(section.title)}` : e(section.title);
      return `<section><h2>${heading}</h2>\n${section.blocks.map(renderBlock).join('\n')}</section>`;
    })
    .join('\n');
  const footnotes =
    document.footnotes.length === 0
      ? ''
      : `<aside class="footnotes"><h2>Notes</h2><ol>${document.footnotes.map((f) => `<li>${e(f)}</li>`).join('')}</ol></aside>`;
  const produced = longDate(document.producedAt);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(document.council)}: ${e(document.title)}</title>
<style>${documentStyles(document.landscape)}</style>
</head>
<body class="${document.landscape ? 'landscape' : 'portrait'}${options.print ? ' print' : ''} marking-${document.marking}">
<header class="masthead">
<p class="council">${e(document.council)}</p>
<h1>${e(document.title)}</h1>
<p class="subtitle">${e(document.subtitle)}</p>
<p class="meta">Figures as at ${e(document.asAt)}. Produced on ${e(produced)}.</p>
<p class="marking">${e(markingLine(document))}</p>
</header>
<main>
${sections}
${footnotes}
</main>
<footer class="screen-footer">${e(document.council)} · ${e(markingLine(document))} · produced ${e(produced)}</footer>
</body>
</html>
`;
}

function renderBlock(block: Block): string {
  const e = escapeHtml;
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${e(block.text)}</h${block.level}>`;
    case 'paragraph': {
      const text = block.strong ? `<strong>${e(block.text)}</strong>` : e(block.text);
      return block.number
        ? `<p class="numbered"><span class="para-no">${e(block.number)}</span><span>${text}</span></p>`
        : `<p>${text}</p>`;
    }
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`;
    case 'chart':
      return `<figure class="chart">${block.svg}<figcaption>${e(block.title)}</figcaption><p class="visually-hidden">${e(block.alt)}</p></figure>`;
    case 'table':
      return renderTable(block);
  }
}

function renderTable(table: TableBlock): string {
  const e = escapeHtml;
  const cols = table.widths
    ? `<colgroup>${table.widths.map((w) => `<col style="width:${((100 * w) / table.widths!.reduce((a, b) => a + b, 0)).toFixed(1)}%">`).join('')}</colgroup>`
    : '';
  const head = table.head
    .map(
      (row) =>
        `<tr>${row.map((h) => `<th scope="col"${h.span ? ` colspan="${h.span}"` : ''}${h.rows ? ` rowspan="${h.rows}"` : ''}>${e(h.text)}</th>`).join('')}</tr>`,
    )
    .join('');
  const groups = new Set(table.groupRows ?? []);
  const body = table.rows
    .map(
      (row, i) =>
        `<tr${groups.has(i) ? ' class="group"' : ''}>${row.map((cell, j) => renderCell(cell, j === 0 && groups.has(i))).join('')}</tr>`,
    )
    .join('\n');
  return `<table>${cols}<caption>${e(table.caption)}</caption><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

function renderCell(cell: Cell, rowHeader: boolean): string {
  const e = escapeHtml;
  const classes = [
    cell.prose ? 'text' : 'fig',
    cell.rag ? `rag rag-${cell.rag}` : '',
    cell.suppressed ? 'suppressed' : '',
    cell.span ? 'notes' : '',
  ].filter(Boolean);
  const style = cell.rag ? ` style="background:${RAG_COLOURS[cell.rag].fill};color:${RAG_COLOURS[cell.rag].text}"` : '';
  const span = cell.span ? ` colspan="${cell.span}"` : '';
  const content = cell.svg
    ? cell.svg
    : cell.text
        .split('\n')
        .map((line) => (cell.strong ? `<strong>${e(line)}</strong>` : e(line)))
        .join('<br>');
  const tag = rowHeader ? 'th scope="row"' : 'td';
  return `<${tag} class="${classes.join(' ')}"${span}${style}>${content}</${rowHeader ? 'th' : 'td'}>`;
}
