// Very large and malicious XLSX files, written straight as ZIP archives so that making them costs
// little memory: a million-row sheet, and "zip bombs" whose sheet inflates far beyond its size.
import { constants, createDeflateRaw } from 'node:zlib';

type ZipEntry = {
  name: string;
  compressed: Buffer;
  crc: number;
  size: number;
  /** What the archive claims the inflated size is; a bomb may lie here. */
  declaredSize?: number;
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(crc: number, bytes: Buffer) {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * Deflates the chunks one by one: the inflated text is never whole in memory. A bomb goes
 * without its checksum (`withCrc: false`): it is refused before anything would check it.
 */
async function deflateEntry(
  name: string,
  chunks: Iterable<string | Buffer>,
  { withCrc = true } = {},
): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (withCrc) crc = crc32(crc, bytes);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { name, compressed: Buffer.concat(out), crc, size };
}

function zipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const declared = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

/** The parts every workbook needs around its one sheet (and its shared strings, if any). */
async function workbookParts(sharedStrings: string[] | null): Promise<ZipEntry[]> {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006';
  const types = [
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${pkg}/content-types">`,
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    sharedStrings
      ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      : '',
    '</Types>',
  ].join('');
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const workbookRels = [
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}/relationships">`,
    `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>`,
    sharedStrings
      ? `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`
      : '',
    '</Relationships>',
  ].join('');
  const parts = [
    await deflateEntry('[Content_Types].xml', [types]),
    await deflateEntry('_rels/.rels', [rootRels]),
    await deflateEntry('xl/workbook.xml', [workbook]),
    await deflateEntry('xl/_rels/workbook.xml.rels', [workbookRels]),
  ];
  if (sharedStrings) {
    const items = sharedStrings.map((s) => `<si><t>${s}</t></si>`).join('');
    const xml = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${items}</sst>`;
    parts.push(await deflateEntry('xl/sharedStrings.xml', [xml]));
  }
  return parts;
}

function* partnerRows(count: number) {
  yield SHEET_START;
  yield '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
  let batch = '';
  for (let r = 2; r <= count + 1; r++) {
    batch += `<row r="${r}"><c r="A${r}" t="s"><v>${2 + (r % 50)}</v></c><c r="B${r}" t="s"><v>52</v></c></row>`;
    if (batch.length > 64_000) {
      yield batch;
      batch = '';
    }
  }
  yield batch + SHEET_END;
}

/**
 * A partners sheet ("Nom", "Type") with `rows` lines under its header, fifty names repeated
 * through shared strings: a million rows make a file of about 5 MB.
 */
export async function manyRowsXlsx(rows: number): Promise<Buffer> {
  const names = Array.from({ length: 50 }, (_, i) => `Partenaire ${i + 1}`);
  const strings = ['Nom', 'Type', ...names, 'association'];
  const sheet = await deflateEntry('xl/worksheets/sheet1.xml', partnerRows(rows));
  return zipArchive([...(await workbookParts(strings)), sheet]);
}

function* blankCells(bytes: number) {
  yield SHEET_START;
  const chunk = Buffer.from('<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(20_000));
  for (let written = 0; written < bytes; written += chunk.length) yield chunk;
  yield SHEET_END;
}

/**
 * A workbook whose sheet inflates to about `inflatedBytes` from a thousandth of that. The
 * archive may declare another size (`declaredBytes`): a bomb announcing a huge sheet is
 * refused before inflating anything, one announcing a small sheet only while inflating.
 */
export async function zipBombXlsx(
  inflatedBytes: number,
  { declaredBytes }: { declaredBytes?: number } = {},
): Promise<Buffer> {
  const sheet = await deflateEntry('xl/worksheets/sheet1.xml', blankCells(inflatedBytes), {
    withCrc: false,
  });
  if (declaredBytes !== undefined) sheet.declaredSize = declaredBytes;
  return zipArchive([...(await workbookParts(null)), sheet]);
}
