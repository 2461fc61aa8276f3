// Opens the parts of a ZIP archive (an XLSX workbook) one at a time, never inflating more than a
// budget: what the archive declares is checked before inflating, what it holds while inflating.
import { promisify } from 'node:util';
import { MAX_IMPORT_INFLATED_BYTES } from '@tutti/contracts';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../errors';
import { unreadable } from './limits';

/** Parts listed in one archive: a workbook has a few dozen; more is not a spreadsheet. */
const MAX_PARTS = 10_000;

export type ZipParts = {
  has(name: string): boolean;
  /**
   * Inflates one part, handing its bytes to `take` as they come; refused (nothing more is
   * inflated) as soon as the parts read so far exceed the budget.
   */
  read(name: string, take: (chunk: Buffer) => void): Promise<void>;
  close(): void;
};

export function inflatedTooLarge(bytes: number) {
  return new AppError(
    'IMPORT.INFLATED_TOO_LARGE',
    `The workbook would inflate to more than ${MAX_IMPORT_INFLATED_BYTES / 1024 / 1024} MB once unzipped; save only the sheet to import, or send CSV`,
    { details: { limit: 'inflatedBytes', maxBytes: MAX_IMPORT_INFLATED_BYTES, bytes } },
  );
}

async function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName.replace(/^\//, ''), entry);
      if (entries.size > MAX_PARTS) {
        zip.close();
        reject(unreadable('The file is not a readable XLSX workbook'));
      } else zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', () => reject(unreadable('The file is not a readable XLSX workbook')));
    zip.readEntry();
  });
}

export async function openZip(bytes: Uint8Array): Promise<ZipParts> {
  const fromBuffer = promisify<Buffer, yauzl.Options, ZipFile>(yauzl.fromBuffer);
  let zip: ZipFile;
  try {
    zip = await fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      // yauzl fails a part whose inflated bytes differ from its declared size.
      validateEntrySizes: true,
    });
  } catch {
    throw unreadable('The file is not a readable XLSX workbook');
  }
  const entries = await listEntries(zip);
  let spent = 0;
  const openStream = promisify(zip.openReadStream.bind(zip)) as (
    entry: Entry,
  ) => Promise<NodeJS.ReadableStream>;

  async function read(name: string, take: (chunk: Buffer) => void) {
    const entry = entries.get(name);
    if (!entry) throw unreadable(`The workbook has no ${name}`);
    if (spent + entry.uncompressedSize > MAX_IMPORT_INFLATED_BYTES) {
      throw inflatedTooLarge(spent + entry.uncompressedSize);
    }
    let stream: NodeJS.ReadableStream;
    try {
      stream = await openStream(entry);
    } catch {
      throw unreadable('The file is not a readable XLSX workbook');
    }
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        spent += chunk.length;
        // Also checked by yauzl against the declared size; this holds even if that check moves.
        if (spent > MAX_IMPORT_INFLATED_BYTES) throw inflatedTooLarge(spent);
        take(chunk);
      }
    } catch (error) {
      (stream as unknown as { destroy(): void }).destroy();
      if (error instanceof AppError) throw error;
      if (/too many bytes|too few bytes/i.test(String((error as Error).message))) {
        throw inflatedTooLarge(spent);
      }
      throw unreadable('The file is not a readable XLSX workbook');
    }
  }

  return {
    has: (name) => entries.has(name),
    read,
    close: () => zip.close(),
  };
}
