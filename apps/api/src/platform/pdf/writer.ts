// Lays blocks out on A4 pages with PDFKit, tagging each one in the structure tree as it is drawn
// (H1–H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure with its alternative text) and marking
// what only decorates (rules, fills, page footers, repeated table headers) as artifacts.
import type { Block, Styles, TextStyle } from './document';
import { drawDrawing } from './drawing';
import { BOLD, REGULAR } from './fonts';
import { drawTable, measureTable } from './table';

export const MARGINS = { top: 48, bottom: 56, left: 40, right: 40 };
const TEXT = '#1f2937';
/** The space between lines, as a share of the font size (line height about 1.25). */
const LINE_GAP = 0.25;
/** Below a heading, at least this much of what follows must fit on its page. */
const KEEP_WITH_HEADING = 60;
const BULLET_INDENT = 12;
const KEY_FIGURE_COLUMNS = 3;

type Element = PDFKit.PDFStructureElement;
/** A bookmark; @types/pdfkit 0.17 does not know PDFKit 0.20's position options yet. */
type Outline = {
  addItem(title: string, options?: { top?: number; left?: number }): Outline;
};

export class Writer {
  /** The column the blocks are laid in: the page's width, or a part of it. */
  frame: { left: number; width: number };
  private chapter: Outline | null = null;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly styles: Styles,
  ) {
    this.frame = { left: MARGINS.left, width: doc.page.width - MARGINS.left - MARGINS.right };
  }

  get pageHeight() {
    return this.doc.page.height - MARGINS.top - MARGINS.bottom;
  }

  room() {
    return this.doc.page.height - MARGINS.bottom - this.doc.y;
  }

  atTop() {
    return this.doc.y <= MARGINS.top + 0.5;
  }

  newPage() {
    this.doc.addPage();
    this.doc.y = MARGINS.top;
  }

  /** A new page when `height` does not fit in what is left of this one. */
  ensure(height: number) {
    if (height > this.room() && !this.atTop()) this.newPage();
  }

  font(style: TextStyle) {
    this.doc
      .font(style.bold ? BOLD : REGULAR)
      .fontSize(style.size)
      .fillColor(style.colour ?? TEXT);
  }

  textOptions(style: TextStyle, width: number, align?: 'left' | 'right') {
    return { width, lineGap: style.size * LINE_GAP, align };
  }

  textHeight(style: TextStyle, text: string, width: number) {
    this.font(style);
    return this.doc.heightOfString(text, this.textOptions(style, width));
  }

  write(style: TextStyle, text: string, x: number, y: number, width: number, align?: 'right') {
    this.font(style);
    this.doc.text(text, x, y, this.textOptions(style, width, align));
  }

  /** Draws content as one marked sequence of a new structure element under `parent`. */
  tag(parent: Element, type: string, draw: () => void, options: Record<string, unknown> = {}) {
    const element = this.doc.struct(type, options);
    parent.add(element);
    this.mark(element, type, draw);
    element.end();
    return element;
  }

  /** Draws content as a marked sequence of an existing structure element. */
  mark(element: Element, type: string, draw: () => void) {
    element.add(this.doc.markStructureContent(type));
    draw();
    this.doc.endMarkedContent();
  }

  /** Draws what only decorates (or repeats) as an artifact, outside the structure tree. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout') {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  blocks(parent: Element, blocks: readonly Block[]) {
    for (const block of blocks) this.block(parent, block);
  }

  block(parent: Element, block: Block) {
    const { doc, frame } = this;
    switch (block.kind) {
      case 'heading':
        return this.heading(parent, block);
      case 'paragraph': {
        const style = this.styles[block.style ?? 'body'];
        // A style's space above is dropped at the top of a page; a block's own is kept.
        if (block.before !== undefined) doc.y += block.before;
        else if (!this.atTop()) doc.y += style.before ?? 0;
        this.ensure(style.size * 2.5);
        this.tag(parent, 'P', () => this.write(style, block.text, frame.left, doc.y, frame.width));
        doc.y += block.after ?? style.after ?? 0;
        return;
      }
      case 'list':
        return this.list(parent, block);
      case 'table':
        return drawTable(this, parent, block);
      case 'figure': {
        const { drawing } = block;
        this.ensure(drawing.height + 4);
        const [x, y] = [frame.left, doc.y];
        this.tag(parent, 'Figure', () => drawDrawing(doc, drawing, x, y), {
          alt: block.alt,
          bbox: [x, y, x + drawing.width, y + drawing.height],
          placement: 'Block',
        });
        doc.y = y + drawing.height + 4;
        return;
      }
      case 'keyFigures':
        return this.keyFigures(parent, block.items);
      case 'columns':
        return this.columns(parent, block.columns, block.gap ?? 16);
      case 'group': {
        const height = this.measure(block.blocks, frame.width);
        if (height <= this.pageHeight) this.ensure(height);
        return this.blocks(parent, block.blocks);
      }
      case 'pageBreak':
        if (!this.atTop()) this.newPage();
        return;
    }
  }

  private heading(parent: Element, block: Extract<Block, { kind: 'heading' }>) {
    const { doc, frame } = this;
    const style = this.styles[block.level === 1 ? 'title' : block.level === 2 ? 'h2' : 'h3'];
    if (block.pageBreak && !this.atTop()) this.newPage();
    else if (!this.atTop()) doc.y += style.before ?? 0;
    const height = this.textHeight(style, block.text, frame.width);
    this.ensure(height + (block.level === 1 ? 0 : KEEP_WITH_HEADING));
    // Bookmarks: a level 2 heading opens a chapter, a level 3 one goes in it. The `left` option
    // is measured from the page's right edge by PDFKit: the full width means the left edge.
    const target = { top: doc.y - 8, left: doc.page.width };
    const outline = doc.outline as unknown as Outline;
    if (block.level === 2) this.chapter = outline.addItem(block.text, target);
    if (block.level === 3) (this.chapter ?? outline).addItem(block.text, target);
    this.tag(parent, `H${block.level}`, () =>
      this.write(style, block.text, frame.left, doc.y, frame.width),
    );
    doc.y += style.after ?? 0;
  }

  private list(parent: Element, block: Extract<Block, { kind: 'list' }>) {
    const { doc, frame } = this;
    const style = this.styles[block.style ?? 'body'];
    doc.y += block.before ?? 0;
    const list = doc.struct('L');
    parent.add(list);
    for (const item of block.items) {
      this.ensure(style.size * 2.5);
      const y = doc.y;
      const entry = doc.struct('LI');
      list.add(entry);
      this.tag(entry, 'Lbl', () => this.write(style, '•', frame.left + 2, y, BULLET_INDENT));
      this.tag(entry, 'LBody', () =>
        this.write(style, item, frame.left + BULLET_INDENT, y, frame.width - BULLET_INDENT),
      );
      entry.end();
      doc.y += 2;
    }
    list.end();
    doc.y += 4;
  }

  /** Big figures with their labels, in rows of three; a list of figures to assistive technology. */
  private keyFigures(parent: Element, items: { value: string; label: string }[]) {
    const { doc, frame, styles } = this;
    const width = frame.width / KEY_FIGURE_COLUMNS;
    const list = doc.struct('L');
    parent.add(list);
    for (let i = 0; i < items.length; i += KEY_FIGURE_COLUMNS) {
      const row = items.slice(i, i + KEY_FIGURE_COLUMNS);
      const height = Math.max(
        ...row.map(
          (item) =>
            this.textHeight(styles.figure, item.value, width - 8) +
            this.textHeight(styles.figureLabel, item.label, width - 8),
        ),
      );
      this.ensure(height + 12);
      const top = doc.y + 4;
      row.forEach((item, index) => {
        const x = frame.left + index * width;
        const entry = doc.struct('LI');
        list.add(entry);
        this.tag(entry, 'LBody', () => {
          this.write(styles.figure, item.value, x, top, width - 8);
          this.write(styles.figureLabel, item.label, x, doc.y, width - 8);
        });
        entry.end();
      });
      doc.y = top + height + 8;
    }
    list.end();
  }

  private columns(parent: Element, columns: Block[][], gap: number) {
    const { doc } = this;
    const outer = this.frame;
    const width = (outer.width - gap * (columns.length - 1)) / columns.length;
    const heights = columns.map((blocks) => this.measure(blocks, width));
    if (Math.max(...heights) > this.pageHeight) {
      for (const blocks of columns) this.blocks(parent, blocks);
      return;
    }
    this.ensure(Math.max(...heights));
    const top = doc.y;
    let bottom = top;
    columns.forEach((blocks, index) => {
      this.frame = { left: outer.left + index * (width + gap), width };
      doc.y = top;
      this.blocks(parent, blocks);
      bottom = Math.max(bottom, doc.y);
    });
    this.frame = outer;
    doc.y = bottom;
  }

  /** The height blocks take in a column of `width` (without page breaks). */
  measure(blocks: readonly Block[], width: number): number {
    let height = 0;
    for (const block of blocks) {
      switch (block.kind) {
        case 'heading': {
          const style = this.styles[block.level === 1 ? 'title' : block.level === 2 ? 'h2' : 'h3'];
          height +=
            (style.before ?? 0) + this.textHeight(style, block.text, width) + (style.after ?? 0);
          break;
        }
        case 'paragraph': {
          const style = this.styles[block.style ?? 'body'];
          height += (block.before ?? style.before ?? 0) + (block.after ?? style.after ?? 0);
          height += this.textHeight(style, block.text, width);
          break;
        }
        case 'list': {
          const style = this.styles[block.style ?? 'body'];
          for (const item of block.items) {
            height += this.textHeight(style, item, width - BULLET_INDENT) + 2;
          }
          height += (block.before ?? 0) + 4;
          break;
        }
        case 'table':
          height += measureTable(this, block, width);
          break;
        case 'figure':
          height += block.drawing.height + 4;
          break;
        case 'keyFigures':
          height += Math.ceil(block.items.length / KEY_FIGURE_COLUMNS) * 48;
          break;
        case 'columns':
          height += Math.max(...block.columns.map((c) => this.measure(c, width / 2)));
          break;
        case 'group':
          height += this.measure(block.blocks, width);
          break;
        case 'pageBreak':
          break;
      }
    }
    return height;
  }
}
