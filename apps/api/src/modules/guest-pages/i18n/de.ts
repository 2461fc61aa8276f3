// Texts of the pages for people without accounts (families, groups), in German.
import type { GuestPageTexts } from './fr';

export const de: GuestPageTexts = {
  familiesTitle: 'Bereich für Familien',
  familiesLead:
    'Erhalten Sie einen persönlichen Link ohne Passwort, um die nächsten Termine Ihrer Kinder und die erfassten Einwilligungen zu sehen.',
  familiesHow: (minutes: number) =>
    `Geben Sie die bei der Anmeldung angegebene E-Mail-Adresse ein. Der Link gilt ${minutes} Minuten und nur einmal.`,
  emailLabel: 'E-Mail-Adresse',
  phoneLabel: 'Oder Mobilnummer',
  phoneHint: 'Im internationalen Format, zum Beispiel +49 151 2345 6789.',
  sendLink: 'Link zusenden',
  sendByText: 'Link per SMS zusenden',
  sentTitle: 'Sehen Sie in Ihr Postfach',
  sentText: (minutes: number) =>
    `Wenn diese Adresse bei der Organisation hinterlegt ist, wurde gerade ein Link an sie gesendet. Er gilt ${minutes} Minuten.`,
  sentNothing:
    'Nichts angekommen? Sehen Sie im Spam-Ordner nach, oder fragen Sie das Team, das Sie angemeldet hat.',
  badRequestTitle: 'Bitte Adresse prüfen',
  badRequestText:
    'Geben Sie eine gültige E-Mail-Adresse oder eine internationale Telefonnummer ein.',
  crossSiteTitle: 'Anfrage abgelehnt',
  crossSiteText:
    'Dieses Formular wurde von einer anderen Website gesendet. Öffnen Sie die Seite der Organisation und versuchen Sie es erneut.',
  tooManyTitle: 'Zu viele Anfragen',
  tooManyText: 'Es wurden zu viele Links angefordert. Versuchen Sie es in einer Stunde erneut.',
  back: 'Zurück',
  openTitle: 'Ihren Bereich öffnen',
  openText: 'Dieser Link öffnet Ihren Bereich für einige Stunden auf diesem Gerät.',
  openButton: 'Weiter',
  usedTitle: 'Dieser Link gilt nicht mehr',
  usedText:
    'Er wurde schon benutzt oder ist abgelaufen. Fordern Sie auf der Seite „Bereich für Familien“ der Organisation einen neuen an.',
  childrenTitle: 'Meine Kinder',
  childrenLead: (until: string) => `Ihr Zugang bleibt auf diesem Gerät bis ${until} offen.`,
  noChildren: 'Derzeit ist kein Kind unter Ihrem Namen angemeldet.',
  group: (name: string) => `Gruppe: ${name}`,
  upcoming: 'Nächste Termine',
  noUpcoming: 'Derzeit ist kein Termin geplant.',
  consents: 'Erfasste Einwilligungen',
  noConsents: 'Keine Einwilligung erfasst.',
  consentGiven: (date: string) => `erteilt am ${date}`,
  consentWithdrawn: (date: string) => `widerrufen am ${date}`,
  purpose: {
    participation: 'Teilnahme an den Workshops',
    photos: 'Fotos',
    audio_video: 'Ton- und Videoaufnahmen',
    evaluation: 'Evaluation',
    handover: 'Vorstellung bei einem Ensemble',
    follow_up: 'Nachfrage nach dem Projekt',
  },
  status: { planned: 'Geplant', confirmed: 'Bestätigt', done: 'Vorbei', cancelled: 'Abgesagt' },
  online: 'Online',
  timeRange: (from: string, to: string) => `von ${from} bis ${to}`,
  signOut: 'Abmelden',
  signedOutTitle: 'Sie sind abgemeldet',
  signedOutText: 'Ihr Zugang ist auf diesem Gerät geschlossen. Ein neuer Link öffnet ihn wieder.',
  noAccessTitle: 'Ihr Zugang ist beendet',
  noAccessText:
    'Um diese Seite wieder zu sehen, fordern Sie auf der Seite „Bereich für Familien“ der Organisation einen neuen Link an.',
  groupTitle: (name: string) => `${name}: das Programm`,
  groupLead: 'Das Programm, das die Organisation mit der Gruppe teilt.',
  groupNote: 'Ein Wort der Organisation',
  linkGoneTitle: 'Dieser Link ist nicht mehr aktiv',
  linkGoneText:
    'Die Organisation hat diesen Link ersetzt oder zurückgezogen. Fragen Sie nach dem neuen.',
};
