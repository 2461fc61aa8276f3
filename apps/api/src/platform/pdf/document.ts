// What a PDF is made of, as the documents describe it: blocks of text, tables, key figures and
// drawings, each with its meaning (heading level, table header, alternative text), so that
// the printer can tag it for assistive technology and give the document its bookmarks.
import type { Locale } from '@tutti/contracts';

/** A text style: size in points, bold, colour, and the space kept above and below. */
export type TextStyle = {
  size: number;
  bold?: boolean;
  colour?: string;
  before?: number;
  after?: number;
};

export type StyleName =
  | 'overline'
  | 'title'
  | 'subtitle'
  | 'h2'
  | 'h3'
  | 'body'
  | 'note'
  | 'figure'
  | 'figureLabel'
  | 'th'
  | 'td'
  | 'footer';

export type Styles = Record<StyleName, TextStyle>;

/** Shapes of a chart or a map, in points from the drawing's top left corner. */
export type Shape =
  | {
      shape: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      colour: string;
      width?: number;
    }
  | {
      shape: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill?: string;
      stroke?: string;
    }
  | {
      shape: 'circle';
      x: number;
      y: number;
      r: number;
      fill: string;
      opacity?: number;
      stroke?: string;
      strokeWidth?: number;
    }
  /** `y` is the baseline, as in SVG. */
  | {
      shape: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor?: 'start' | 'middle' | 'end';
    };

export type Drawing = { width: number; height: number; shapes: Shape[] };

/** A column's width: points, its content's width ('auto'), or a share of what is left ('*'). */
export type ColumnWidth = number | 'auto' | '*';

export type Block =
  /** A heading: level 1 is the document's title; levels 2 and 3 are bookmarked. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; pageBreak?: boolean }
  | { kind: 'paragraph'; text: string; style?: StyleName; before?: number; after?: number }
  | { kind: 'list'; items: string[]; style?: StyleName; before?: number }
  /**
   * A table; `rowHeaders` makes each row's first cell its header (label and value pairs).
   * A table with a header row repeats it on each page it runs over.
   */
  | {
      kind: 'table';
      header: string[] | null;
      rows: string[][];
      widths?: ColumnWidth[];
      rowHeaders?: boolean;
    }
  /** A chart or a map, with the text that says what it shows to those who cannot see it. */
  | { kind: 'figure'; drawing: Drawing; alt: string }
  /** Large figures with their labels, three to a row. */
  | { kind: 'keyFigures'; items: { value: string; label: string }[] }
  /** Blocks side by side (each column kept on one page). */
  | { kind: 'columns'; columns: Block[][]; gap?: number }
  /** Blocks kept on one page when they fit on one. */
  | { kind: 'group'; blocks: Block[] }
  | { kind: 'pageBreak' };

export type PdfDefinition = {
  title: string;
  author: string;
  language: Locale;
  blocks: Block[];
  /** The footer's two sides on each page (none when null). */
  footer?: (page: number, pages: number) => { left: string; right: string } | null;
  styles?: Partial<Styles>;
};
