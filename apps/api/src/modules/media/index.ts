// Media files (documents, recordings, scores, images): what other modules and app.ts use.
export {
  beginAuditionUpload,
  finishAuditionUpload,
  isAuditionUploading,
} from './audition-uploads';
export { receiveDocument, type UploadedDocument } from './document-upload';
export {
  findReadyFiles,
  type MediaContent,
  openFileContent,
  sendFileContent,
} from './file-content';
export {
  checkMediaSpace,
  deleteFileRecords,
  holdFile,
  insertFileRecord,
  releaseFileHolds,
} from './file-records';
export {
  type DemoFile,
  melodyWav,
  posterJpeg,
  removeDemoMedia,
  seedDemoFiles,
  seedDemoMedia,
} from './media.demo';
export { registerMediaJobs } from './media.jobs';
export { contentDisposition, downloadHeaders, presentFileMeta } from './media.presenter';
export type { FileRow } from './media.repository';
export { registerMediaRoutes } from './media.routes';
export { createUploadHandler, TUS_CONTENT_TYPE } from './media-uploads';
