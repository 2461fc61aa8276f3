// English strings of the media page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Media',
  title: 'Media',
  intro:
    'The organisation’s recordings, scores, photos and documents. Every file is checked and cleaned (metadata removed) before anyone sees it.',
  readerIntro: 'Recordings, scores, photos and documents shared by the organisation.',
  uploadTitle: 'Upload a file',
  use: 'Use',
  uses: {
    recording: 'Recording',
    score: 'Score',
    image: 'Photo or poster',
    document: 'Document',
  },
  useHints: {
    recording: 'Audio or video, up to 1 GB.',
    score: 'PDF, JPEG or PNG, up to 30 MB.',
    image: 'JPEG, PNG or WebP, up to 20 MB.',
    document: 'PDF, JPEG, PNG, ODT or DOCX, up to 10 MB.',
  },
  file: 'File',
  fileHint:
    'If the connection drops, the upload resumes by itself where it stopped; after a reload, choose the same file to resume it.',
  fileRequired: 'Choose a file.',
  fileTooLarge: 'This file is larger than {{limit}}, the limit for this use.',
  send: 'Upload',
  sending: 'Uploading “{{name}}”',
  sentOf: '{{sent}} of {{total}}',
  retrying: 'Connection lost: resuming as soon as possible…',
  sendFailed: 'Uploading “{{name}}” failed: {{reason}}',
  dismiss: 'Close',
  listTitle: 'Files',
  listCaption: 'The organisation’s files, newest first',
  empty: 'No files yet.',
  emptyManager: 'No files yet: upload the first one above.',
  kind: { audio: 'Audio', video: 'Video', image: 'Image', document: 'Document' },
  status: {
    uploading: 'Uploading',
    processing: 'Processing {{progress}}%',
    ready: 'Ready',
    rejected: 'Rejected',
    failed: 'Failed',
  },
  processingLabel: 'Processing “{{name}}”',
  problem: {
    unsupportedType: 'The content of the file is not a format accepted for this use.',
    needsFfmpeg:
      'This server cannot clean this file (ffmpeg is not installed): it is not published.',
    processingFailed: 'The file could not be processed; it may be damaged.',
    other: 'The file could not be published.',
  },
  uploadedOn: 'Uploaded on {{date}}',
  lightAudio: 'Plays the light version (Opus, levelled sound), suited to slow connections.',
  playerLabel: 'Listen to “{{name}}”',
  videoLabel: 'Watch “{{name}}”',
  open: 'Open',
  download: 'Download the original',
  noTranscoding:
    'This server has no ffmpeg: recordings play as uploaded, without a light version. Nothing is lost.',
  delete: 'Delete',
  deleteLabel: 'Delete “{{name}}”',
  deleteTitle: 'Delete this file?',
  deleteText: '“{{name}}” and all its versions will be deleted for good.',
  cancelUpload: 'Cancel the upload',
  quotaTitle: 'Storage',
  quotaUsed: '{{used}} used of {{total}} ({{percent}})',
  quotaLabel: 'Storage used',
  quotaNote:
    'Light versions and display sizes count too; an upload under way counts at its announced size.',
};
