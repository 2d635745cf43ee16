/**
 * DOCX with the docx library: real Word headings (Title, Heading 1, Heading 2), numbered paragraphs,
 * tables with a repeating header row and RAG cells shaded, the marking and "Page N of M" in the footer
 * and the council and title in the header, landscape for the wide scorecard. A chart is printed as its
 * text alternative, which Word and LibreOffice both show.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Block, Cell, ReportDocument, TableBlock } from './document.ts';
import { markingLine } from './document.ts';
import { RAG_COLOURS, longDate } from './format.ts';

const FONT = 'Arial';

export async function renderDocx(document: ReportDocument): Promise<Buffer> {
  const children: FileChild[] = [
    new Paragraph({ children: [new TextRun({ text: document.council, bold: true, color: '1D70B8', size: 24 })] }),
    new Paragraph({ text: document.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: document.subtitle }),
    new Paragraph({ text: `Figures as at ${document.asAt}. Produced on ${longDate(document.producedAt)}.` }),
    new Paragraph({ children: [new TextRun({ text: markingLine(document), bold: true })] }),
  ];
  document.sections.forEach((section, i) => {
    const number = section.number ?? (document.kind === 'scorecard' ? undefined : String(i + 1));
    children.push(
      new Paragraph({ text: number ? `${number}. ${section.title}` : section.title, heading: HeadingLevel.HEADING_1 }),
    );
    for (const block of section.blocks) children.push(...renderBlock(block, document.landscape));
  });
  if (document.footnotes.length > 0) {
    children.push(new Paragraph({ text: 'Notes', heading: HeadingLevel.HEADING_2 }));
    document.footnotes.forEach((note, i) => children.push(new Paragraph({ text: `${i + 1}. ${note}` })));
  }
  const doc = new Document({
    creator: 'Kestrel',
    title: `${document.council}: ${document.title}`,
    styles: { default: { document: { run: { font: FONT, size: document.landscape ? 17 : 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: document.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: 900, bottom: 900, left: 700, right: 700 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: `${document.council} · ${document.title}`, size: 15, color: '505A5F' })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    text: `${markingLine(document)} · Produced ${longDate(document.producedAt)} · Page `,
                    size: 15,
                  }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 15 }),
                  new TextRun({ text: ' of ', size: 15 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 15 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function renderBlock(block: Block, landscape: boolean): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          text: block.text,
          heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          indent: block.number ? { left: 567, hanging: 567 } : undefined,
          children: [
            new TextRun({ text: block.number ? `${block.number}\t${block.text}` : block.text, bold: block.strong }),
          ],
        }),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'chart':
      return [
        new Paragraph({ children: [new TextRun({ text: block.title, bold: true })] }),
        new Paragraph({ children: [new TextRun({ text: `Chart: ${block.alt}`, italics: true })] }),
      ];
    case 'table':
      return [
        new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })] }),
        renderTable(block, landscape),
      ];
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' };

function renderTable(table: TableBlock, landscape: boolean): Table {
  const columns = table.head.at(-1)?.length ?? 1;
  const widths = table.widths ?? Array.from({ length: columns }, () => 1);
  const total = widths.reduce((a, b) => a + b, 0);
  const pageWidth = landscape ? 15000 : 10300;
  const columnWidths = widths.map((w) => Math.round((pageWidth * w) / total));
  const headRows = table.head.map(
    (row) =>
      new TableRow({
        tableHeader: true,
        children: row.map(
          (h) =>
            new TableCell({
              columnSpan: h.span,
              rowSpan: h.rows,
              shading: { type: ShadingType.CLEAR, fill: '1D70B8', color: 'auto' },
              children: [new Paragraph({ children: [new TextRun({ text: h.text, bold: true, color: 'FFFFFF' })] })],
            }),
        ),
      }),
  );
  const bodyRows = table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map(renderCell) }));
  return new Table({
    width: { size: pageWidth, type: WidthType.DXA },
    columnWidths,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [...headRows, ...bodyRows],
  });
}

function renderCell(cell: Cell): TableCell {
  const colours = cell.rag ? RAG_COLOURS[cell.rag] : undefined;
  const lines = cell.text.split('\n');
  return new TableCell({
    columnSpan: cell.span,
    shading: colours
      ? { type: ShadingType.CLEAR, fill: colours.fill.replace('#', '').toUpperCase(), color: 'auto' }
      : cell.span
        ? { type: ShadingType.CLEAR, fill: 'F3F2F1', color: 'auto' }
        : undefined,
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment:
            cell.prose || cell.span ? AlignmentType.LEFT : cell.rag ? AlignmentType.CENTER : AlignmentType.RIGHT,
          children: [
            new TextRun({
              text: line,
              bold: cell.strong === true || (cell.rag !== undefined && cell.rag !== null),
              italics: cell.suppressed,
              color: colours?.text.replace('#', '').toUpperCase(),
            }),
          ],
        }),
    ),
  });
}
