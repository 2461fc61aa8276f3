// QR codes of public pages: SVG to show in the app, PNG at print size to download.
import QRCode from 'qrcode';

export type QrFormat = 'svg' | 'png';

export async function qrCode(url: string, format: QrFormat): Promise<Buffer> {
  const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
  if (format === 'svg') return Buffer.from(await QRCode.toString(url, { ...options, type: 'svg' }));
  return QRCode.toBuffer(url, { ...options, type: 'png', width: 1024 });
}
