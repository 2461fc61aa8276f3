// Texts of the warm handover and the follow-up, in German.
import type { HandoverTexts } from './handover.fr';

const monthsOf = (kind: string) => (kind === 'month_3' ? 3 : kind === 'month_6' ? 6 : 12);

export const handoverDe: HandoverTexts = {
  introductionSubject: (m) =>
    `${m.organisation} stellt Ihnen ${m.firstName} vor, die oder der gern bei Ihnen mitmachen möchte`,
  introductionBody: (m) =>
    [
      'Guten Tag,',
      '',
      `${m.introducer} (${m.organisation}) hat die Workshops geleitet, an denen ${m.firstName} teilgenommen hat, und stellt die Person mit ihrem Einverständnis vor: ${m.firstName} möchte „${m.ensemble}“ ausprobieren.`,
      m.part ? `Stimme: ${m.part}.` : '',
      `Gesungen hat sie oder er: ${m.sang}`,
      m.message ? `Ein Wort von ${m.introducer}: ${m.message}` : '',
      '',
      `Sie haben zugesagt, bis zum ${m.answerBy} zu antworten: Schlagen Sie einen Probetermin vor oder sagen Sie einfach ab, mit einem Klick: ${m.link}`,
      '',
      'Wir geben Ihre Antwort an die Person weiter; Sie erhalten keine weiteren Daten über sie.',
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
  reminderSubject: (m) => `Erinnerung: ${m.firstName} wartet auf Ihre Antwort`,
  reminderBody: (m) =>
    [
      'Guten Tag,',
      '',
      `${m.firstName} wartet noch darauf, ob sie oder er „${m.ensemble}“ ausprobieren darf. Sie hatten zugesagt, bis zum ${m.answerBy} zu antworten.`,
      '',
      `Ein Probetermin oder eine Absage, mit einem Klick: ${m.link}`,
    ].join('\n'),
  escalationSubject: (m) => `Seit 21 Tagen keine Antwort: „${m.ensemble}“ für ${m.firstName}`,
  escalationBody: (m) =>
    [
      'Guten Tag,',
      '',
      `„${m.ensemble}“ hat trotz zweier Erinnerungen nicht auf die Vorstellung von ${m.firstName} vom ${m.introduced} geantwortet.`,
      'Ein Anruf beim Ensemble oder der Vorschlag eines anderen Ensembles hilft, dass die Person nicht aufgibt.',
      '',
      `Laufende Vorstellungen: ${m.link}`,
    ].join('\n'),
  acceptedSubject: (m) => `„${m.ensemble}“ erwartet Sie zu einer Probe`,
  acceptedBody: (m) =>
    [
      `Guten Tag ${m.firstName},`,
      '',
      `„${m.ensemble}“ lädt Sie am ${m.trialDate} zu einer Probe ein.`,
      m.note ? `Ihre Nachricht: ${m.note}` : '',
      '',
      'Viel Freude bei der Probe!',
    ].join('\n'),
  declinedSubject: (m) => `Antwort von „${m.ensemble}“`,
  declinedBody: (m) =>
    [
      `Guten Tag ${m.firstName},`,
      '',
      `„${m.ensemble}“ kann Sie im Moment nicht aufnehmen.`,
      m.note ? `Ihre Nachricht: ${m.note}` : '',
      '',
      `${m.organisation} kann Sie einem anderen Ensemble vorstellen: Sprechen Sie die Person an, die Ihre Workshops geleitet hat.`,
    ].join('\n'),
  followUpSubject: (kind, ensemble) =>
    kind === 'trial'
      ? `Waren Sie bei der Probe von „${ensemble}“?`
      : `${monthsOf(kind)} Monate nach dem Projekt: Singen Sie noch?`,
  followUpBody: (m) =>
    [
      `Guten Tag ${m.firstName},`,
      '',
      m.kind === 'trial'
        ? 'Sie hatten einen Probetermin: Waren Sie dort?'
        : `Vor ${monthsOf(m.kind)} Monaten wurden Sie einem Ensemble vorgestellt. Machen Sie heute Musik?`,
      `Antworten Sie mit einem Klick: ${m.link}`,
      '',
      `Sie haben dieser Nachfrage zugestimmt; ${m.organisation} zählt nur Summen, nie Ihren Namen. Um keine Nachrichten mehr zu erhalten, antworten Sie „stop“.`,
    ].join('\n'),
  answerTitle: 'Jemand möchte bei Ihnen mitmachen',
  answerLead: (m) =>
    `${m.organisation} stellt Ihnen ${m.firstName} vor, die oder der „${m.ensemble}“ ausprobieren möchte.`,
  partLabel: 'Stimme',
  sangLabel: 'Gesungen hat sie oder er',
  messageLabel: 'Ein Wort der Person, die sie oder ihn vorstellt',
  answerBy: (date) => `Sie haben zugesagt, bis zum ${date} zu antworten.`,
  acceptLegend: 'Eine Probe vorschlagen',
  trialDateLabel: 'Probetermin',
  noteLabel: 'Ein Wort für die Person (freiwillig)',
  noteHint: 'Uhrzeit, Ort, was mitzubringen ist…',
  acceptButton: 'Diesen Termin vorschlagen',
  declineLegend: 'Das ist nicht möglich',
  declineButton: 'Absagen',
  trialDateProblem: 'Ein künftiges Datum, als TT.MM.JJJJ.',
  answeredTitle: 'Danke, Ihre Antwort wird weitergegeben',
  acceptedText: (firstName, date) => `${firstName} erhält Ihren Vorschlag einer Probe am ${date}.`,
  declinedText: (firstName) => `${firstName} wird benachrichtigt; danke für Ihre Antwort.`,
  alreadyTitle: 'Sie haben bereits geantwortet',
  alreadyText: 'Diese Vorstellung wurde bereits beantwortet. Danke!',
  followUpTitle: (kind, ensemble) =>
    kind === 'trial'
      ? `Waren Sie bei der Probe von „${ensemble}“?`
      : `${monthsOf(kind)} Monate später: Machen Sie Musik?`,
  followUpLead: 'Ihre Antwort zeigt uns, ob unsere Projekte Lust machen weiterzumachen.',
  followUpLegend: 'Ihre Antwort',
  answers: {
    went: 'Ja, ich war dort',
    did_not_go: 'Nein, noch nicht',
    joined: 'Ja, ich singe oder spiele in einem Ensemble',
    started: 'Ja, wir haben eine eigene Gruppe gegründet',
    not_practising: 'Nein, im Moment nicht',
  },
  followUpSend: 'Senden',
  followUpProblem: 'Wählen Sie eine Antwort.',
  followUpThanksTitle: 'Danke für Ihre Antwort',
  followUpThanksText: 'Sie zählt in unseren Summen, ohne Ihren Namen.',
};
