// PDF documents with pdfmake: the printer (Roboto, no file or URL access), and the building
// blocks every document shares (headings, tables), so that funder reports and a person's data
// export look alike.
import { createRequire } from 'node:module';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
type PdfMake = typeof import('pdfmake');

let pdfmake: PdfMake | undefined;

/** pdfmake with the Roboto fonts it ships, and no access to any URL or other file. */
function printer(): PdfMake {
  if (pdfmake) return pdfmake;
  const loaded = require('pdfmake') as PdfMake;
  const fonts = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
  loaded.setFonts(fonts);
  const allowed = new Set(Object.values(fonts.Roboto));
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy((path) => allowed.has(path));
  pdfmake = loaded;
  return loaded;
}

export type { Content, TDocumentDefinitions };

/** The PDF bytes of a pdfmake document. */
export function renderPdf(document: TDocumentDefinitions): Promise<Uint8Array> {
  return printer().createPdf(document).getBuffer();
}

/** A section heading (style `h2`), on a new page when asked. */
export function pdfHeading(text: string, pageBreak = false): Content {
  return { text, style: 'h2', ...(pageBreak ? { pageBreak: 'before' as const } : {}) };
}

/** A table with a header row (styles `th`, `td`), light horizontal lines. */
export function pdfTable(
  header: string[],
  rows: (string | number)[][],
  widths?: (string | number)[],
): Content {
  return {
    table: {
      headerRows: 1,
      widths: widths ?? header.map((_, i) => (i === 0 ? '*' : 'auto')),
      body: [
        header.map((text) => ({ text, style: 'th' })),
        ...rows.map((row) => row.map((cell) => ({ text: String(cell), style: 'td' }))),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  };
}

/** Label and value pairs, labels in bold, without a header row (a record's facts). */
export function pdfFacts(rows: [string, string][], labelWidth = 150): Content {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, value]) => [
        { text: label, style: 'td', bold: true },
        { text: value, style: 'td' },
      ]),
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  };
}
