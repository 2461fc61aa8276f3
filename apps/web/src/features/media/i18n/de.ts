// German strings of the media page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Medien',
  title: 'Medien',
  intro:
    'Aufnahmen, Noten, Fotos und Dokumente der Organisation. Jede Datei wird geprüft und bereinigt (Metadaten entfernt), bevor sie sichtbar wird.',
  readerIntro: 'Aufnahmen, Noten, Fotos und Dokumente, die die Organisation teilt.',
  uploadTitle: 'Datei hochladen',
  use: 'Verwendung',
  uses: {
    recording: 'Aufnahme',
    score: 'Noten',
    image: 'Foto oder Plakat',
    document: 'Dokument',
  },
  useHints: {
    recording: 'Audio oder Video, höchstens 1 GB.',
    score: 'PDF, JPEG oder PNG, höchstens 30 MB.',
    image: 'JPEG, PNG oder WebP, höchstens 20 MB.',
    document: 'PDF, JPEG, PNG, ODT oder DOCX, höchstens 10 MB.',
  },
  file: 'Datei',
  fileHint:
    'Bricht die Verbindung ab, setzt der Upload von selbst dort fort, wo er stand; nach dem Neuladen wählen Sie dieselbe Datei, um ihn fortzusetzen.',
  fileRequired: 'Wählen Sie eine Datei.',
  fileTooLarge: 'Diese Datei ist größer als {{limit}}, die Grenze für diese Verwendung.',
  send: 'Hochladen',
  sending: '„{{name}}“ wird hochgeladen',
  sentOf: '{{sent}} von {{total}}',
  retrying: 'Verbindung verloren: es geht weiter, sobald es möglich ist …',
  sendFailed: 'Das Hochladen von „{{name}}“ ist gescheitert: {{reason}}',
  dismiss: 'Schließen',
  listTitle: 'Dateien',
  listCaption: 'Dateien der Organisation, die neuesten zuerst',
  empty: 'Noch keine Dateien.',
  emptyManager: 'Noch keine Dateien: laden Sie oben die erste hoch.',
  kind: { audio: 'Audio', video: 'Video', image: 'Bild', document: 'Dokument' },
  status: {
    uploading: 'Wird hochgeladen',
    processing: 'Verarbeitung {{progress}} %',
    ready: 'Bereit',
    rejected: 'Abgelehnt',
    failed: 'Fehlgeschlagen',
  },
  processingLabel: 'Verarbeitung von „{{name}}“',
  problem: {
    unsupportedType: 'Der Inhalt der Datei ist kein für diese Verwendung angenommenes Format.',
    needsFfmpeg:
      'Dieser Server kann die Datei nicht bereinigen (ffmpeg ist nicht installiert): sie wird nicht veröffentlicht.',
    processingFailed: 'Die Datei konnte nicht verarbeitet werden; vielleicht ist sie beschädigt.',
    other: 'Die Datei konnte nicht veröffentlicht werden.',
  },
  uploadedOn: 'Hochgeladen am {{date}}',
  lightAudio:
    'Spielt die leichte Fassung (Opus, ausgeglichene Lautstärke) für langsame Verbindungen.',
  playerLabel: '„{{name}}“ anhören',
  videoLabel: '„{{name}}“ ansehen',
  open: 'Öffnen',
  download: 'Original herunterladen',
  noTranscoding:
    'Dieser Server hat kein ffmpeg: Aufnahmen werden so abgespielt, wie sie hochgeladen wurden, ohne leichte Fassung. Es geht nichts verloren.',
  delete: 'Löschen',
  deleteLabel: '„{{name}}“ löschen',
  deleteTitle: 'Diese Datei löschen?',
  deleteText: '„{{name}}“ und alle Fassungen werden endgültig gelöscht.',
  cancelUpload: 'Upload abbrechen',
  quotaTitle: 'Speicherplatz',
  quotaUsed: '{{used}} von {{total}} belegt ({{percent}})',
  quotaLabel: 'Belegter Speicherplatz',
  quotaNote:
    'Leichte Fassungen und Anzeigegrößen zählen mit; ein laufender Upload zählt mit seiner angekündigten Größe.',
};
