// The small parts of an XLSX workbook read before its sheet: which sheet comes first, which cell
// styles are dates, and the shared strings, each parsed as a stream of XML events.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { unreadable } from './limits';
import type { ZipParts } from './zip-parts';

export type XmlHandlers = {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
};

/** Element names without their namespace prefix (`x:row` is `row`). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Streams one part through an XML parser; the handlers see each element as it comes. */
export async function parseXml(zip: ZipParts, part: string, handlers: XmlHandlers) {
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) =>
    handlers.open?.(local(tag.name), tag.attributes as Record<string, string>),
  );
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) parser.on('closetag', (tag) => handlers.close?.(local(tag.name)));
  const decoder = new TextDecoder('utf-8');
  let failed: Error | null = null;
  parser.on('error', (error) => {
    failed ??= error;
  });
  await zip.read(part, (chunk) => {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failed) throw unreadable('The file is not a readable XLSX workbook');
  });
  parser.close();
  if (failed) throw unreadable('The file is not a readable XLSX workbook');
}

/** `xl/worksheets/sheet1.xml` from a relationship target, relative to `xl/` or absolute. */
function partPath(target: string) {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

export type WorkbookOutline = { sheetName: string; sheetPart: string; date1904: boolean };

/** The first visible sheet (or the first sheet), as Excel opens the workbook. */
export async function readOutline(zip: ZipParts): Promise<WorkbookOutline> {
  const sheets: { name: string; hidden: boolean; rid: string }[] = [];
  let date1904 = false;
  await parseXml(zip, 'xl/workbook.xml', {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet') {
        const rid = Object.entries(a).find(([key]) => local(key) === 'id')?.[1] ?? '';
        sheets.push({ name: a.name ?? '', hidden: (a.state ?? 'visible') !== 'visible', rid });
      }
    },
  });
  const targets = new Map<string, string>();
  await parseXml(zip, 'xl/_rels/workbook.xml.rels', {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, partPath(a.Target));
    },
  });
  const sheet = sheets.find((s) => !s.hidden) ?? sheets[0];
  const sheetPart = sheet && targets.get(sheet.rid);
  if (!sheet || !sheetPart || !zip.has(sheetPart)) throw unreadable('The workbook has no sheet');
  return { sheetName: sheet.name, sheetPart, date1904 };
}

/** Built-in number formats that show dates or times. */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);

/** A format code shows a date when it has day, month or year parts outside quotes and brackets. */
function isDateCode(code: string) {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** The cell styles (`s` of a cell) whose number format is a date. */
export async function readDateStyles(zip: ZipParts): Promise<Set<number>> {
  const dateStyles = new Set<number>();
  if (!zip.has('xl/styles.xml')) return dateStyles;
  const customDates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await parseXml(zip, 'xl/styles.xml', {
    open(name, a) {
      if (name === 'numFmt' && isDateCode(a.formatCode ?? '')) customDates.add(Number(a.numFmtId));
      if (name === 'cellXfs') inCellXfs = true;
      if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        if (DATE_FORMAT_IDS.has(id) || customDates.has(id)) dateStyles.add(index);
        index++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dateStyles;
}

/** The shared strings, rich text flattened to its text, phonetic guides left out. */
export async function readSharedStrings(zip: ZipParts): Promise<string[]> {
  const strings: string[] = [];
  if (!zip.has('xl/sharedStrings.xml')) return strings;
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  await parseXml(zip, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      if (name === 'si' && current !== null) {
        strings.push(current);
        current = null;
      } else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
  });
  return strings;
}
