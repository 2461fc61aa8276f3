// German strings of the singers' pages.
import type { SameKeys } from '@/lib/i18n/translations';
import type { singerFr } from './fr';

export const singerDe: SameKeys<typeof singerFr> = {
  singer: {
    title: 'Meine Chorseite',
    who: '{{name}} · {{part}} · {{site}}',
    leads: 'Sie sind Stimmführer·in.',
    rehearsals: 'Nächste Proben',
    noRehearsal: 'Noch keine Probe geplant.',
    tutti: 'Ganzer Chor',
    comeQuestion: 'Kommen Sie am {{date}}?',
    answered: 'Antwort gespeichert.',
    pieces: 'Meine Stücke',
    noPiece: 'Noch kein Stück in der Saison.',
    myPart: 'Meine Stimme: {{part}}',
    status: {
      learning: 'Ich lerne',
      ready_for_check: 'Bereit zum Prüfen',
      ready: 'Ich kann es',
    },
    whereAmI: 'Wie weit sind Sie mit „{{title}}“?',
    practise: 'Dieses Stück üben',
    recordings: 'Meine Aufnahmen',
    review: {
      pending: 'Wartet auf Anhören',
      approved: 'Angenommen',
      redo: 'Noch einmal',
    },
    sentOn: 'Gesendet am {{date}}',
    calendar: 'Kalender meiner Stimme',
    calendarIntro:
      'Eine geheime Adresse für den Kalender Ihres Telefons: die Proben Ihrer Stimme bleiben darin aktuell.',
    calendarCreate: 'Meine Kalenderadresse erstellen',
    calendarExisting: 'Adresse erstellt am {{date}}',
    calendarRevoke: 'Widerrufen',
  },
  practice: {
    title: 'Üben',
    back: 'Meine Chorseite',
    notFound: 'Dieses Stück ist nicht in Ihrer Saison.',
    track: 'Spur',
    mix: {
      full_mix: 'Ganzer Chor',
      part_emphasised: 'Meine Stimme hervorgehoben',
      part_alone: 'Nur meine Stimme',
    },
    noTrack: 'Noch keine Aufnahme für dieses Stück.',
    processing: 'Diese Spur wird vorbereitet.',
    player: 'Player',
    loop: 'A–B-Schleife',
    loopHint:
      'Markieren Sie Anfang und Ende einer Stelle: sie wiederholt sich, bis Sie die Schleife löschen.',
    setA: 'Anfang A',
    setB: 'Ende B',
    clearLoop: 'Schleife löschen',
    loopState: 'Schleife von {{a}} bis {{b}}',
    loopFrom: 'Anfang bei {{a}}, wählen Sie das Ende',
    noLoop: 'Keine Schleife',
    tempo: 'Tempo: {{percent}} %',
    tempoHint: 'Langsamer, ohne die Tonhöhe zu ändern.',
    tempoReset: 'Normales Tempo',
    download: 'Zum Offline-Hören herunterladen',
    noScore: 'Ohne Noten',
    noScoreHint: 'Der Text in großer Schrift, um ohne Notenlesen zu singen.',
    noLyrics: 'Noch kein Text für dieses Stück.',
    record: 'Meine Aufnahme senden',
    recordHint:
      'Singen Sie Ihre Stimme und senden Sie sie: Ihre Stimmführung hört sie an und antwortet auf Ihrer Seite.',
    recordFile: 'Aufnahme (Audiodatei)',
    recordSending: 'Senden: {{percent}} %',
    recordSent: 'Gesendet: sie wartet darauf, von Ihrer Stimmführung angehört zu werden.',
    recordFailed:
      'Die Aufnahme wurde nicht gesendet. Wählen Sie die Datei erneut, um fortzufahren.',
    lyrics: 'Text',
  },
};
