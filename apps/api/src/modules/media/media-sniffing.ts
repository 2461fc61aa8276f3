// What a file really is, read from its first bytes (file-type); names and declared types are ignored.
import { type MediaType, type MediaUse, mediaTypeExtensions, mediaUses } from '@tutti/contracts';
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';
import { AppError } from '../../platform/errors';

function known(mime: string | undefined): MediaType | null {
  return mime && mime in mediaTypeExtensions ? (mime as MediaType) : null;
}

/** The sniffed type of bytes in memory, or null for anything Tutti does not know. */
export async function sniffBytes(bytes: Uint8Array) {
  return known((await fileTypeFromBuffer(bytes))?.mime);
}

export async function sniffFile(path: string) {
  return known((await fileTypeFromFile(path))?.mime);
}

export function isAccepted(use: MediaUse, type: MediaType | null): type is MediaType {
  return type !== null && (mediaUses[use].types as readonly string[]).includes(type);
}

/** The refusal of content a use does not accept: text, scripts, SVG, HTML, programs… */
export function unsupportedType(use: MediaUse, field = 'body') {
  const allowed = [...new Set(mediaUses[use].types.map((t) => mediaTypeExtensions[t]))].join(', ');
  return new AppError('FILE.UNSUPPORTED_TYPE', `The content is not one of: ${allowed}`, {
    fields: [{ path: field, message: `A ${use} must be one of: ${allowed}` }],
    details: { use, allowed: mediaUses[use].types },
  });
}

export function tooLarge(use: MediaUse, field: string) {
  const maxBytes = mediaUses[use].maxBytes;
  return new AppError('FILE.TOO_LARGE', `A ${use} is limited to ${maxBytes / 1024 / 1024} MB`, {
    fields: [{ path: field, message: `At most ${maxBytes} bytes` }],
    details: { maxBytes },
  });
}
