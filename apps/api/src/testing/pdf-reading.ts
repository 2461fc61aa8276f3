// Reads a PDF as assistive technology and viewers do (pdfjs-dist): tagging, language, bookmarks,
// the structure tree with its alternative texts, and the text of every page.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type StructNode = { role: string; alt?: string; children: StructNode[] };
export type Bookmark = { title: string; items: Bookmark[] };

type RawNode = { role?: string; alt?: string; children?: unknown[] };

function structNode(raw: RawNode): StructNode {
  const children = (raw.children ?? []).filter(
    (child): child is RawNode => typeof child === 'object' && child !== null && 'role' in child,
  );
  return {
    role: raw.role ?? '',
    ...(raw.alt ? { alt: raw.alt } : {}),
    children: children.map(structNode),
  };
}

/** Every role in a tree, depth first. */
export function rolesOf(node: StructNode): string[] {
  return [node.role, ...node.children.flatMap(rolesOf)];
}

function countElements(raw: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, role] of raw.matchAll(/\/S \/(\w+)/g)) counts[role!] = (counts[role!] ?? 0) + 1;
  return counts;
}

export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const raw = Buffer.from(bytes).toString('latin1');
  const pages: { text: string; structure: StructNode | null }[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
      .join('');
    const tree = (await page.getStructTree()) as RawNode | null;
    pages.push({ text, structure: tree ? structNode(tree) : null });
  }
  const outline = ((await pdf.getOutline()) ?? []) as Bookmark[];
  const markInfo = await pdf.getMarkInfo();
  const info = (await pdf.getMetadata()).info as Record<string, unknown>;
  await pdf.destroy();
  return {
    pages,
    text: pages.map((p) => p.text).join('\n'),
    marked: markInfo?.Marked === true,
    title: info.Title,
    language: /\/Lang \(([^)]*)\)/.exec(raw)?.[1] ?? null,
    displaysTitle: raw.includes('/DisplayDocTitle true'),
    hasStructTreeRoot: raw.includes('/Type /StructTreeRoot'),
    pdfUa: /<pdfuaid:part>1<\/pdfuaid:part>/.test(raw),
    /** Every font is embedded (a FontFile2 per font), none of the 14 standard ones unembedded. */
    fontsEmbedded:
      (raw.match(/\/FontFile2/g)?.length ?? 0) > 0 &&
      !/\/BaseFont \/(Helvetica|Times|Courier)/.test(raw),
    /** How many structure elements of each type the document holds (from the raw objects). */
    elementCounts: countElements(raw),
    bookmarks: outline.map(function bookmark(item: Bookmark): Bookmark {
      return { title: item.title, items: item.items.map(bookmark) };
    }),
  };
}
