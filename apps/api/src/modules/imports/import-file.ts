// Receives an import file sent as the raw request body: an accepted type, within the size limit.
import { importMediaTypes, MAX_IMPORT_BYTES } from '@tutti/contracts';
import { AppError } from '../../platform/errors';
import { type RawUpload, readRawBody } from '../../platform/http/raw-body';

export type ImportUpload = RawUpload;

/** The file's bytes, kept in memory only: nothing of the file itself is stored. */
export async function receiveImportFile(upload: ImportUpload) {
  return readRawBody(upload, {
    mediaTypes: importMediaTypes,
    maxBytes: MAX_IMPORT_BYTES,
    empty: () => new AppError('IMPORT.EMPTY', 'The file is empty'),
    unsupported: () =>
      new AppError(
        'IMPORT.UNSUPPORTED_TYPE',
        'Send a CSV or XLSX file as the request body, with its Content-Type',
        {
          fields: [
            { path: 'headers.content-type', message: `One of: ${importMediaTypes.join(', ')}` },
          ],
        },
      ),
    tooLarge: () =>
      new AppError(
        'IMPORT.TOO_LARGE',
        `Import files are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
        { details: { maxBytes: MAX_IMPORT_BYTES } },
      ),
  });
}
