// A camera for a headless browser: a Y4M video of a QR code, which Chromium plays as its webcam
// (`--use-file-for-fake-video-capture`), so that a page's camera scanning can be tested.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';

/** Writes a 640×480 grey-scale Y4M of `text` as a QR code and returns its path. */
export function qrVideo(text: string, dir: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const width = 640;
  const height = 480;
  const scale = Math.floor(360 / (modules.size + 8));
  const side = modules.size * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const dark = modules.data[Math.floor(y / scale) * modules.size + Math.floor(x / scale)];
      if (dark) luma[(top + y) * width + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const path = join(dir, 'qr-camera.y4m');
  writeFileSync(path, Buffer.concat([header, frame, frame, frame]));
  return path;
}
