// German strings of the backups page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Sicherungen',
  title: 'Sicherungen',
  intro:
    'Tutti sichert jeden Tag die ganze Datenbank und die Dateien dieser Installation in ein Archiv. Hier sind die letzten Sicherungen und wie man wiederherstellt.',
  statusTitle: 'Stand',
  lastGood: 'Letzte erfolgreiche Sicherung',
  lastGoodValue: '{{date}} ({{size}})',
  noneYet: 'Noch keine.',
  schedule: 'Automatische Sicherung',
  dailyAt: 'Jeden Tag um {{time}} (Serverzeit)',
  noSchedule: 'Aus (TUTTI_BACKUP_DAILY_AT=off): Es finden nur hier angeforderte Sicherungen statt.',
  kept: 'Aufbewahrte Archive',
  keptValue_one: 'Das letzte, in',
  keptValue_other: 'Die letzten {{count}}, in',
  mediaInBucket:
    'Die Medien liegen in einem S3-Speicher und sind nicht in den Archiven. Sichern Sie diesen Speicher mit seinen eigenen Werkzeugen (Versionierung).',
  backUpNow: 'Jetzt sichern',
  running: 'Sicherung läuft…',
  asked: 'Sicherung angefordert: Sie beginnt in wenigen Sekunden.',
  lastFailed: 'Die Sicherung vom {{date}} ist fehlgeschlagen',
  interrupted: 'Unterbrochen: Der Server wurde während der Sicherung beendet.',
  runsTitle: 'Letzte Sicherungen',
  noRun:
    'Noch keine Sicherung. Die erste läuft zur geplanten Zeit oder jetzt, wenn Sie sie anfordern.',
  state: { running: 'Läuft', succeeded: 'Erfolgreich', failed: 'Fehlgeschlagen' },
  trigger: { schedule: 'Automatisch', request: 'Angefordert' },
  contents: '{{size}} · {{tables}} Tabellen · {{rows, number}} Zeilen · {{files, number}} Dateien',
  inProgress: 'Datenbank und Dateien werden gelesen…',
  archiveRemoved_one: 'Archiv entfernt: Nur das neueste wird aufbewahrt.',
  archiveRemoved_other: 'Archiv entfernt: Nur die {{count}} neuesten werden aufbewahrt.',
  restoreTitle: 'Archive in Sicherheit bringen und wiederherstellen',
  copyOff:
    'Ein Archiv enthält die Daten aller Organisationen dieser Installation: Es lässt sich hier nicht herunterladen. Kopieren Sie den Archivordner regelmäßig von diesem Rechner weg (eine andere Festplatte, ein anderer Ort).',
  restoreText:
    'Zum Wiederherstellen, auf einer leeren Installation derselben Tutti-Version, bei gestopptem Server:',
  restoreChecks:
    'Die Wiederherstellung vergleicht danach jede Tabelle und jede Datei mit dem Archiv und bricht beim kleinsten Unterschied ab.',
};
