// PDF documents with PDFKit: tagged PDF (PDF/UA identification, language, title shown, structure
// tree, bookmarks, artifacts), Roboto embedded, no file or URL read but the fonts. Documents are
// lists of blocks (`document.ts`); the headings, tables and facts here make funder reports and a
// person's data export look alike.
import PDFDocument from 'pdfkit';
import type { Block, ColumnWidth, PdfDefinition, StyleName, Styles } from './document';
import { fontFiles, REGULAR } from './fonts';
import { MARGINS, Writer } from './writer';

export type {
  Block,
  ColumnWidth,
  Drawing,
  PdfDefinition,
  Shape,
  StyleName,
  Styles,
} from './document';

const BASE_STYLES: Styles = {
  overline: { size: 11, colour: '#4b5563' },
  title: { size: 26, bold: true },
  subtitle: { size: 14, colour: '#1d4ed8' },
  h2: { size: 15, bold: true, colour: '#1e3a8a', before: 14, after: 6 },
  h3: { size: 11.5, bold: true, before: 8, after: 4 },
  body: { size: 9 },
  note: { size: 8, colour: '#4b5563' },
  figure: { size: 19, bold: true, colour: '#1e3a8a' },
  figureLabel: { size: 8.5, colour: '#4b5563' },
  th: { size: 8.5, bold: true },
  td: { size: 8.5 },
  footer: { size: 7.5, colour: '#4b5563' },
};

/** A section heading (level 2, bookmarked), on a new page when asked. */
export function pdfHeading(text: string, pageBreak = false): Block {
  return { kind: 'heading', level: 2, text, pageBreak };
}

/** A table with a header row; the first column takes what the others leave. */
export function pdfTable(
  header: string[],
  rows: (string | number)[][],
  widths?: ColumnWidth[],
): Block {
  return { kind: 'table', header, rows: rows.map((row) => row.map(String)), widths };
}

/** Label and value pairs, labels in bold as the headers of their rows (a record's facts). */
export function pdfFacts(rows: [string, string][], labelWidth = 150): Block {
  return { kind: 'table', header: null, rows, widths: [labelWidth, '*'], rowHeaders: true };
}

/** A paragraph in one of the shared styles. */
export function pdfParagraph(text: string, style: StyleName = 'body'): Block {
  return { kind: 'paragraph', text, style };
}

function footers(writer: Writer, definition: PdfDefinition) {
  const { doc } = writer;
  const range = doc.bufferedPageRange();
  const style = writer.styles.footer;
  for (let i = 0; i < range.count; i++) {
    const footer = definition.footer?.(i + 1, range.count);
    if (!footer) continue;
    doc.switchToPage(range.start + i);
    // Below the bottom margin: no new page may start from here.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGINS.bottom + 20;
    const { left, width } = writer.frame;
    writer.artifact(() => {
      writer.write(style, footer.left, left, y, width * 0.7);
      writer.write(style, footer.right, left + width * 0.7, y, width * 0.3, 'right');
    }, 'Pagination');
    doc.page.margins.bottom = margin;
  }
}

/** The PDF bytes of a document. */
export function renderPdf(definition: PdfDefinition): Promise<Uint8Array> {
  const fonts = fontFiles();
  // @types/pdfkit 0.17 lags PDFKit 0.20: it does not know the 'PDF/UA' subset yet.
  const options = {
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: definition.language,
    displayTitle: true,
    // No default font (PDFKit's is Helvetica, never embedded): Roboto, registered below.
    font: null,
    info: { Title: definition.title, Author: definition.author, Creator: 'Tutti' },
  };
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  for (const [name, bytes] of Object.entries(fonts)) doc.registerFont(name, bytes);
  doc.font(REGULAR);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const writer = new Writer(doc, { ...BASE_STYLES, ...definition.styles });
  const root = doc.struct('Document');
  doc.addStructure(root);
  writer.blocks(root, definition.blocks);
  root.end();
  footers(writer, definition);
  doc.end();
  return done;
}
