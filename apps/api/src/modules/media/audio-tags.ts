// Removing audio tags without ffmpeg, for the two formats whose layout is simple enough to do it
// safely by bytes (MP3: ID3v2 in front and ID3v1 at the end; WAV: only the fmt and data chunks
// kept). music-metadata then reads the result: anything still tagged is not published.
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { MediaType } from '@tutti/contracts';
import { parseFile } from 'music-metadata';

/** Seconds of audio and whether any tag, comment or picture is left, as music-metadata sees it. */
export async function readAudioFacts(path: string) {
  const metadata = await parseFile(path, { duration: true, skipCovers: false });
  const tagTypes = Object.entries(metadata.native).filter(([, tags]) => tags.length > 0);
  return {
    durationMs: metadata.format.duration ? Math.round(metadata.format.duration * 1000) : null,
    tagged: tagTypes.length > 0 || (metadata.common.picture?.length ?? 0) > 0,
  };
}

async function mp3AudioSpan(path: string) {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    let start = 0;
    const header = Buffer.alloc(10);
    for (;;) {
      await file.read(header, 0, 10, start);
      if (header.toString('latin1', 0, 3) !== 'ID3') break;
      const body = (header[6]! << 21) | (header[7]! << 14) | (header[8]! << 7) | header[9]!;
      start += 10 + body + (header[5]! & 0x10 ? 10 : 0);
    }
    let end = size;
    const tail = Buffer.alloc(3);
    if (end - start >= 128) {
      await file.read(tail, 0, 3, end - 128);
      if (tail.toString('latin1') === 'TAG') end -= 128;
    }
    return { start, end };
  } finally {
    await file.close();
  }
}

async function copySpan(input: string, output: string, start: number, end: number, head?: Buffer) {
  const out = createWriteStream(output, { flags: 'wx' });
  if (head) out.write(head);
  if (end > start) await pipeline(createReadStream(input, { start, end: end - 1 }), out);
  else out.end();
}

/** A WAV with its `fmt ` and `data` chunks only (LIST/INFO, id3, bext… dropped). */
async function rewriteWav(input: string, output: string) {
  const file = await open(input, 'r');
  const chunks: { id: string; start: number; size: number }[] = [];
  try {
    const { size } = await file.stat();
    const header = Buffer.alloc(8);
    let at = 12;
    while (at + 8 <= size) {
      await file.read(header, 0, 8, at);
      const id = header.toString('latin1', 0, 4);
      const length = header.readUInt32LE(4);
      chunks.push({ id, start: at + 8, size: Math.min(length, size - at - 8) });
      at += 8 + length + (length % 2);
    }
    const fmt = chunks.find((c) => c.id === 'fmt ');
    const data = chunks.find((c) => c.id === 'data');
    if (!fmt || !data) return false;
    const fmtBytes = Buffer.alloc(fmt.size);
    await file.read(fmtBytes, 0, fmt.size, fmt.start);
    const head = Buffer.alloc(12 + 8 + fmt.size + 8);
    head.write('RIFF', 0, 'latin1');
    head.writeUInt32LE(4 + 8 + fmt.size + 8 + data.size, 4);
    head.write('WAVEfmt ', 8, 'latin1');
    head.writeUInt32LE(fmt.size, 16);
    fmtBytes.copy(head, 20);
    head.write('data', 20 + fmt.size, 'latin1');
    head.writeUInt32LE(data.size, 24 + fmt.size);
    await copySpan(input, output, data.start, data.start + data.size, head);
    return true;
  } finally {
    await file.close();
  }
}

/**
 * Writes `output` without tags and answers true, or answers false when it cannot be done
 * safely without ffmpeg (the file is then not published).
 */
export async function stripAudioTags(input: string, mediaType: MediaType, output: string) {
  if (mediaType === 'audio/mpeg') {
    const { start, end } = await mp3AudioSpan(input);
    await copySpan(input, output, start, end);
  } else if (mediaType === 'audio/wav') {
    if (!(await rewriteWav(input, output))) return false;
  } else {
    await copySpan(input, output, 0, Number.MAX_SAFE_INTEGER);
  }
  return !(await readAudioFacts(output)).tagged;
}
