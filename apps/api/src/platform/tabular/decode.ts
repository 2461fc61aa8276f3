// Turns the bytes of a text file into text, telling which encoding it was written in.
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';

/**
 * Decodes a CSV file as offices produce them: a byte order mark decides first (UTF-8, or the
 * UTF-16 of Excel's "Unicode text"); otherwise the bytes are UTF-8 when they are valid UTF-8,
 * and Windows-1252 (Excel's "CSV (séparateur : point-virgule)" on a French Windows) when not.
 * Windows-1252 text with accents is almost never valid UTF-8, and plain ASCII is the same in
 * both, so the rule cannot mislead on real files. (Node 20's own `TextDecoder('windows-1252')`
 * reads Latin-1, turning œ, ’, € and … into control characters: iconv-lite does it right.)
 *
 * @example decodeText(Buffer.from([0x4c, 0xe9, 0x61])) // { text: 'Léa', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}
