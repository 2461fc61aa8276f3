// Small media files built in code, with metadata planted in them, for the media tests.
import sharp from 'sharp';

/** A 16-bit mono sine tone; `info` adds a LIST/INFO chunk with a title and an artist. */
export function wavTone({
  seconds = 0.5,
  hz = 440,
  info,
}: {
  seconds?: number;
  hz?: number;
  info?: { title: string; artist: string };
} = {}) {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * hz * i) / rate) * 12000), i * 2);
  }
  const fmt = Buffer.alloc(16);
  fmt.writeUInt16LE(1, 0);
  fmt.writeUInt16LE(1, 2);
  fmt.writeUInt32LE(rate, 4);
  fmt.writeUInt32LE(rate * 2, 8);
  fmt.writeUInt16LE(2, 12);
  fmt.writeUInt16LE(16, 14);
  const chunk = (id: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(id, 0, 'latin1');
    head.writeUInt32LE(body.length, 4);
    return Buffer.concat([head, body, body.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const text = (value: string) => Buffer.from(`${value}\0`, 'latin1');
  const list = info
    ? [
        chunk(
          'LIST',
          Buffer.concat([
            Buffer.from('INFO'),
            chunk('INAM', text(info.title)),
            chunk('IART', text(info.artist)),
          ]),
        ),
      ]
    : [];
  const body = Buffer.concat([
    Buffer.from('WAVE'),
    chunk('fmt ', fmt),
    ...list,
    chunk('data', data),
  ]);
  return Buffer.concat(
    [Buffer.from('RIFF'), Buffer.alloc(4), body].map((b, i) => {
      if (i === 1) b.writeUInt32LE(body.length, 0);
      return b;
    }),
  );
}

/** MPEG-1 layer III frames of silence, with an ID3v2 title in front and an ID3v1 tag at the end. */
export function taggedMp3(title: string) {
  const frame = Buffer.alloc(417);
  frame.writeUInt32BE(0xfffb9064, 0);
  const frames = Buffer.concat(Array.from({ length: 40 }, () => frame));
  const text = Buffer.concat([Buffer.from([3]), Buffer.from(title, 'utf8')]);
  const tit2 = Buffer.alloc(10);
  tit2.write('TIT2', 0, 'latin1');
  tit2.writeUInt32BE(text.length, 4);
  const frameBytes = Buffer.concat([tit2, text]);
  const id3 = Buffer.alloc(10);
  id3.write('ID3', 0, 'latin1');
  id3[3] = 3;
  const size = frameBytes.length;
  id3[6] = (size >> 21) & 0x7f;
  id3[7] = (size >> 14) & 0x7f;
  id3[8] = (size >> 7) & 0x7f;
  id3[9] = size & 0x7f;
  const v1 = Buffer.alloc(128);
  v1.write('TAG', 0, 'latin1');
  v1.write(title.slice(0, 30), 3, 'latin1');
  return Buffer.concat([id3, frameBytes, frames, v1]);
}

/** A JPEG whose EXIF names a photographer and a description. */
export function jpegWithExif({ width = 1200, height = 800, artist = 'Secret Photographer' } = {}) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Artist: artist, ImageDescription: 'Taken at home' } })
    .toBuffer();
}

export const disguised = {
  /** A Windows program renamed song.mp3. */
  exe: Buffer.concat([
    Buffer.from('MZ'),
    Buffer.alloc(200),
    Buffer.from('This program cannot be run in DOS mode'),
  ]),
  svg: Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
  ),
  html: Buffer.from('<!doctype html><html><body><script>fetch("/api/me")</script></body></html>'),
};
