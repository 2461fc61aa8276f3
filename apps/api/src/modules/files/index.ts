// What other modules use to keep documents: receiving an upload, metadata rows, download headers.
export { receiveDocument, type UploadedDocument } from './document-upload';
export { deleteFileRecords, insertFileRecord } from './file-records';
export { contentDisposition, downloadHeaders, presentFileMeta } from './files.presenter';
export type { FileRow } from './files.repository';
