// The fonts every PDF embeds: Roboto (Apache-2.0, from roboto-fontface), regular and medium for
// bold. Read once per process; PDFKit embeds the subset of glyphs each document uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

export const REGULAR = 'Roboto';
export const BOLD = 'Roboto-Medium';

/**
 * The plain TrueType font inside a WOFF 1.0 file (W3C WOFF File Format 1.0, section 5): each
 * table inflated and laid out again behind an sfnt header. fontkit reads WOFF too, but inflates
 * a table again at every glyph it looks up, which made one report take seconds instead of
 * milliseconds.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [at + 4, at + 8, at + 12].map((p) => woff.readUInt32BE(p));
    const stored = woff.subarray(offset!, offset! + compressed!);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compressed! < length! ? inflateSync(stored) : stored,
    };
  });
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  woff.copy(header, 0, 4, 8); // the flavour: the sfnt version
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padding = (4 - (table.data.length % 4)) % 4;
    parts.push(table.data, Buffer.alloc(padding));
    offset += table.data.length + padding;
  });
  return Buffer.concat(parts);
}

let files: Record<string, Buffer> | undefined;

/** The font files by name (no other file or URL is ever read while printing). */
export function fontFiles(): Record<string, Buffer> {
  const load = (file: string) =>
    woffToSfnt(readFileSync(require.resolve(`roboto-fontface/fonts/roboto/${file}`)));
  files ??= { [REGULAR]: load('Roboto-Regular.woff'), [BOLD]: load('Roboto-Medium.woff') };
  return files;
}
