// Tables: columns sized to their content, light horizontal rules, a shaded header row repeated
// (as an artifact) on each page the table runs over; tagged Table > TR > TH/TD, with TH scopes.
import type { Block, ColumnWidth, TextStyle } from './document';
import type { Writer } from './writer';

type TableBlock = Extract<Block, { kind: 'table' }>;
type Element = PDFKit.PDFStructureElement;

const PAD_X = 8;
const PAD_Y = 2;
const BEFORE = 4;
const AFTER = 12;
const HEADER_FILL = '#f1f5f9';
const HEADER_RULE = '#374151';
const RULE = '#aaaaaa';

function padLeft(index: number) {
  return index === 0 ? 0 : PAD_X;
}

function padRight(index: number, count: number) {
  return index === count - 1 ? 0 : PAD_X;
}

function cellStyle(w: Writer, table: TableBlock, header: boolean, index: number): TextStyle {
  if (header) return w.styles.th;
  return table.rowHeaders && index === 0 ? { ...w.styles.td, bold: true } : w.styles.td;
}

/** Widths: fixed ones as given, 'auto' ones to their content, '*' ones take what is left. */
function columnWidths(w: Writer, table: TableBlock, width: number): number[] {
  const count = Math.max(table.header?.length ?? 0, ...table.rows.map((r) => r.length));
  const specs: ColumnWidth[] =
    table.widths ?? Array.from({ length: count }, (_, i) => (i === 0 ? '*' : 'auto'));
  const pads = (i: number) => padLeft(i) + padRight(i, count);
  const cells = (i: number) => [
    ...(table.header ? [{ text: table.header[i] ?? '', style: w.styles.th }] : []),
    ...table.rows.map((row) => ({ text: row[i] ?? '', style: cellStyle(w, table, false, i) })),
  ];
  const widthOf = (text: string, style: TextStyle) => {
    w.font(style);
    return w.doc.widthOfString(text);
  };
  const natural = (i: number) =>
    Math.max(0, ...cells(i).map((c) => widthOf(c.text, c.style))) + pads(i) + 0.5;
  const minimal = (i: number) =>
    Math.max(
      0,
      ...cells(i).flatMap((c) => c.text.split(/\s+/).map((word) => widthOf(word, c.style))),
    ) +
    pads(i) +
    0.5;
  // As browsers lay out automatic tables: every column its content's width when all fit; else
  // each its longest word plus a share of the rest in proportion to what it would want more.
  const most = specs.map((spec, i) => (typeof spec === 'number' ? spec : natural(i)));
  const least = specs.map((spec, i) => (typeof spec === 'number' ? spec : minimal(i)));
  const sum = (xs: number[]) => xs.reduce((total, x) => total + x, 0);
  if (sum(most) <= width) {
    const stars = specs.flatMap((spec, i) => (spec === '*' ? [i] : []));
    const extra = (width - sum(most)) / Math.max(1, stars.length);
    return most.map((x, i) => (stars.includes(i) ? x + extra : x));
  }
  if (sum(least) >= width) return least.map((x) => (x * width) / sum(least));
  const share = (width - sum(least)) / (sum(most) - sum(least));
  return least.map((x, i) => x + (most[i]! - x) * share);
}

function rowHeight(w: Writer, table: TableBlock, row: string[], widths: number[], header: boolean) {
  return (
    Math.max(
      0,
      ...widths.map((width, i) =>
        w.textHeight(
          cellStyle(w, table, header, i),
          row[i] ?? '',
          width - padLeft(i) - padRight(i, widths.length),
        ),
      ),
    ) +
    2 * PAD_Y
  );
}

export function measureTable(w: Writer, table: TableBlock, width: number): number {
  const widths = columnWidths(w, table, width);
  const header = table.header ? rowHeight(w, table, table.header, widths, true) : 0;
  return (
    BEFORE +
    AFTER +
    header +
    table.rows.reduce((sum, row) => sum + rowHeight(w, table, row, widths, false), 0)
  );
}

function drawRowText(
  w: Writer,
  table: TableBlock,
  row: string[],
  widths: number[],
  y: number,
  header: boolean,
  cell: (index: number, draw: () => void) => void,
) {
  let x = w.frame.left;
  widths.forEach((width, i) => {
    const left = x + padLeft(i);
    const inner = width - padLeft(i) - padRight(i, widths.length);
    cell(i, () => w.write(cellStyle(w, table, header, i), row[i] ?? '', left, y + PAD_Y, inner));
    x += width;
  });
}

function rule(w: Writer, y: number, width: number, colour: string, thickness: number) {
  const { doc } = w;
  w.artifact(() => {
    doc.save();
    doc
      .moveTo(w.frame.left, y)
      .lineTo(w.frame.left + width, y)
      .lineWidth(thickness)
      .stroke(colour);
    doc.restore();
  });
}

function drawHeader(w: Writer, table: TableBlock, widths: number[], tableTag: Element | null) {
  const { doc } = w;
  const header = table.header!;
  const height = rowHeight(w, table, header, widths, true);
  const total = widths.reduce((sum, x) => sum + x, 0);
  const y = doc.y;
  w.artifact(() => {
    doc.save();
    doc.rect(w.frame.left, y, total, height).fill(HEADER_FILL);
    doc.restore();
  });
  if (tableTag) {
    // The header row as read once, at the table's start.
    const row = doc.struct('TR');
    tableTag.add(row);
    drawRowText(w, table, header, widths, y, true, (_, draw) =>
      w.tag(row, 'TH', draw, { scope: 'Column' }),
    );
    row.end();
  } else {
    // Its repetition on the next pages: pagination, not content.
    w.artifact(
      () => drawRowText(w, table, header, widths, y, true, (_, draw) => draw()),
      'Pagination',
    );
  }
  rule(w, y + height, total, HEADER_RULE, 1.2);
  doc.y = y + height;
}

export function drawTable(w: Writer, parent: Element, table: TableBlock) {
  const { doc } = w;
  const widths = columnWidths(w, table, w.frame.width);
  const total = widths.reduce((sum, x) => sum + x, 0);
  const heights = table.rows.map((row) => rowHeight(w, table, row, widths, false));
  const headerHeight = table.header ? rowHeight(w, table, table.header, widths, true) : 0;
  if (!w.atTop()) doc.y += BEFORE;
  w.ensure(headerHeight + (heights[0] ?? 0));
  const tableTag = doc.struct('Table');
  parent.add(tableTag);
  if (table.header) drawHeader(w, table, widths, tableTag);
  table.rows.forEach((row, index) => {
    const height = heights[index]!;
    if (height + 1 > w.room() && !w.atTop()) {
      w.newPage();
      if (table.header) drawHeader(w, table, widths, null);
    }
    const y = doc.y;
    const tr = doc.struct('TR');
    tableTag.add(tr);
    drawRowText(w, table, row, widths, y, false, (i, draw) =>
      table.rowHeaders && i === 0 ? w.tag(tr, 'TH', draw, { scope: 'Row' }) : w.tag(tr, 'TD', draw),
    );
    tr.end();
    if (index < table.rows.length - 1) rule(w, y + height, total, RULE, 0.5);
    doc.y = y + height;
  });
  tableTag.end();
  doc.y += AFTER;
}
