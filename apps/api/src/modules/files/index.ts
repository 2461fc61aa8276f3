// What other modules use to keep documents: receiving an upload, metadata rows, download headers.
export { receiveDocument, type UploadedDocument } from './document-upload';
export { contentDisposition, downloadHeaders, presentFileMeta } from './files.presenter';
export * as filesRepository from './files.repository';
