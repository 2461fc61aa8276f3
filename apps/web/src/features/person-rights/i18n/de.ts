// German strings of a person's rights.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Betroffenenrechte',
  title: 'Betroffenenrechte',
  intro:
    'Jede Anfrage einer Person zu ihren Daten (Auskunft, Löschung, Berichtigung, Widerspruch) wird hier mit ihrem Eingangsdatum notiert. Das Gesetz gibt einen Monat für die Antwort (DSGVO, Artikel 12).',
  howToRecord: 'Um eine neue Anfrage zu notieren, öffnen Sie die Seite der Person.',
  toParticipants: 'Zu den Teilnehmenden',
  overdueCount_one: '{{count}} Anfrage ist über der Antwortfrist.',
  overdueCount_other: '{{count}} Anfragen sind über der Antwortfrist.',
  logTitle: 'Eingegangene Anfragen',
  filter: 'Anzeigen',
  none: 'Keine Anfrage.',
  erasedPerson: 'Gelöschte Person',
  receivedOn: 'Eingegangen am {{date}}',
  by: 'bei {{name}}',
  dueOn: 'Antwort fällig am {{date}}',
  answeredOn: 'beantwortet am {{date}}: {{outcome}}',
  answer: 'Antwort notieren',
  answerNamed: 'Antwort auf die Anfrage „{{kind}}“ vom {{date}} notieren',
  answerTitle: 'Antwort auf die Anfrage: {{kind}}',
  answeredOnLabel: 'Datum der Antwort',
  outcomeLabel: 'Ergebnis',
  answerConfirm: 'Antwort speichern',
  rectify: 'Eintrag berichtigen',
  rectifyHint: 'Berichtigen Sie den Eintrag auf der Seite der Person (Schaltfläche „Bearbeiten“).',
  lawTitle: 'Was das Gesetz sagt',
  law: {
    delay:
      'Antworten Sie innerhalb eines Monats nach Eingang; bei einer komplexen Anfrage kann die Frist um zwei Monate verlängert werden, wenn die Person informiert wird.',
    erasure:
      'Die Löschung entfernt den Namen, die Erziehungsberechtigten, die Angaben zur Barrierefreiheit und die gesendeten Links; nur Zahlen ohne Namen bleiben für Berichte.',
    rectification:
      'Eine Berichtigung erfolgt durch Bearbeiten des Eintrags; notieren Sie danach hier die Antwort.',
  },
  states: {
    all: 'Alle Anfragen',
    open: 'Offen',
    overdue: 'Überfällig',
    answered: 'Beantwortet',
  },
  kinds: {
    access: 'Auskunft über die eigenen Daten',
    erasure: 'Löschung',
    rectification: 'Berichtigung',
    objection: 'Widerspruch',
  },
  outcomes: {
    done: 'erledigt',
    partly_done: 'teilweise erledigt',
    refused: 'abgelehnt',
    withdrawn: 'von der Person zurückgezogen',
  },
  card: {
    title: 'Rechte dieser Person',
    intro:
      'Die Person oder ihre Erziehungsberechtigten können erfragen, was wir über sie speichern, und es berichtigen oder löschen lassen.',
    exportPdf: 'Daten exportieren (PDF)',
    exportJson: 'Daten exportieren (JSON)',
    record: 'Anfrage notieren',
    erase: 'Löschen',
    requests: 'Anfragen dieser Person',
    noRequest: 'Keine Anfrage für diese Person notiert.',
  },
  form: {
    title: 'Anfrage notieren',
    kind: 'Anfrage',
    receivedOn: 'Eingegangen am',
    receivedOnHint: 'Die Antwort ist einen Monat später fällig.',
    note: 'Notiz (freiwillig)',
    noteHint: 'Zum Beispiel: per Post eingegangen. Wird mit der Person gelöscht.',
    submit: 'Anfrage notieren',
  },
  applicant: {
    open: 'Daten',
    openFor: 'Personenbezogene Daten der Bewerbung {{code}}',
    title: 'Personenbezogene Daten — Bewerbung {{code}}',
    intro:
      'Export und Löschung betreffen alle Bewerbungen, die von der Adresse dieser Person gesendet wurden.',
    eraseTitle: 'Löschen',
  },
  erasure: {
    title: '{{name}} löschen',
    doneTitle: 'Löschung erfolgt',
    done: 'Die Daten der Person wurden gelöscht.',
    removed: 'Wird gelöscht',
    removedDone: 'Wurde gelöscht',
    kept: 'Bleibt, ohne Namen',
    nothingLeft: 'Nichts mehr zu löschen.',
    answers: 'Diese Löschung beantwortet',
    requestOf: 'die Anfrage vom {{date}}',
    noRequest: 'keine notierte Anfrage',
    irreversible: 'Die Löschung ist endgültig: Sie kann nicht rückgängig gemacht werden.',
    confirm: 'Endgültig löschen',
  },
  removed: {
    identity_one: 'Vorname, Nachname und Gemeinde',
    identity_other: 'Vorname, Nachname und Gemeinde',
    guardians_one: '{{count}} erziehungsberechtigte Person und ihre Einwilligung',
    guardians_other: '{{count}} Erziehungsberechtigte und ihre Einwilligungen',
    accessNeeds_one: 'Angaben zur Barrierefreiheit',
    accessNeeds_other: 'Angaben zur Barrierefreiheit',
    surveyLinks_one: 'Die Verbindung zu {{count}} Fragebogen',
    surveyLinks_other: 'Die Verbindung zu {{count}} Fragebögen',
    guestLinks_one: '{{count}} an die Erziehungsberechtigten gesendeter Anmeldelink',
    guestLinks_other: '{{count}} an die Erziehungsberechtigten gesendete Anmeldelinks',
    messages_one: '{{count}} an die Erziehungsberechtigten gesendete Nachricht',
    messages_other: '{{count}} an die Erziehungsberechtigten gesendete Nachrichten',
    requestNotes_one: 'Die Notiz von {{count}} Anfrage',
    requestNotes_other: 'Die Notizen von {{count}} Anfragen',
    handovers_one: '{{count}} Vorstellung bei einem Ensemble (Inhalt, Adresse, gesendete E-Mails)',
    handovers_other: '{{count}} Vorstellungen bei Ensembles (Inhalt, Adresse, gesendete E-Mails)',
    concertBookings_one:
      '{{count}} Konzertbuchung (Name und Kontakt; die Plätze bleiben für die Zahlen)',
    concertBookings_other:
      '{{count}} Konzertbuchungen, Wartelisteneinträge oder Gruppenbestellungen (Namen und Kontakte; die Plätze bleiben für die Zahlen)',
    choirMemberships_one:
      'Die Mitgliedschaft in {{count}} Chor (Stimme, Kontakt, Antworten, Anwesenheit, Aufnahmen)',
    choirMemberships_other:
      'Die Mitgliedschaften in {{count}} Chören (Stimme, Kontakt, Antworten, Anwesenheit, Aufnahmen)',
    spaceReminders_one: '{{count}} Adresse für die Terminerinnerungen eines musikalischen Wegs',
    spaceReminders_other: '{{count}} Adressen für die Terminerinnerungen musikalischer Wege',
    supportRequests_one:
      '{{count}} Bitte um Unterstützung bei der Gründung eines Ensembles mit einer dieser Adressen (Name, Kontakt, Nachricht)',
    supportRequests_other:
      '{{count}} Bitten um Unterstützung bei der Gründung eines Ensembles mit diesen Adressen (Name, Kontakt, Nachricht)',
    callApplications_one:
      '{{count}} Bewerbung auf eine Ausschreibung (Name, Adresse, Antworten; ein Entwurf wird gelöscht)',
    callApplications_other:
      '{{count}} Bewerbungen auf Ausschreibungen (Namen, Adressen, Antworten; Entwürfe werden gelöscht)',
    callRecordings_one: '{{count}} Bewerbungsaufnahme (die Datei und ihre Kopien)',
    callRecordings_other: '{{count}} Bewerbungsaufnahmen (die Dateien und ihre Kopien)',
  },
  kept: {
    attendance_one: '{{count}} Anwesenheit bei einer Aktivität',
    attendance_other: '{{count}} Anwesenheiten bei Aktivitäten',
    ageBandAndGroup_one: 'Altersgruppe und Gruppe',
    ageBandAndGroup_other: 'Altersgruppe und Gruppe',
    surveyAnswers_one: '{{count}} Antwort auf einen Fragebogen, nun anonym',
    surveyAnswers_other: '{{count}} Antworten auf Fragebögen, nun anonym',
    attendanceLog_one: '{{count}} Anwesenheitseintrag von einem Telefon',
    attendanceLog_other: '{{count}} Anwesenheitseinträge von Telefonen',
    requestLog_one: '{{count}} Anfrage (Art und Daten)',
    requestLog_other: '{{count}} Anfragen (Art und Daten)',
    sharedGuardianAccess_one:
      '{{count}} Link oder Nachricht der Erziehungsberechtigten, die ein weiteres Kind angemeldet haben',
    sharedGuardianAccess_other:
      '{{count}} Links oder Nachrichten der Erziehungsberechtigten, die ein weiteres Kind angemeldet haben',
    followUpAnswers_one: '{{count}} Antwort auf die Nachfrage nach dem Projekt, nun anonym',
    followUpAnswers_other: '{{count}} Antworten auf die Nachfrage nach dem Projekt, nun anonym',
    callScores_one: '{{count}} Bewertung der Jury, unter dem Bewerbungscode, ohne Kommentar',
    callScores_other: '{{count}} Bewertungen der Jury, unter dem Bewerbungscode, ohne Kommentare',
  },
  reasons: {
    funderStatistics: 'für die Teilnahmezahlen in Berichten an Förderer',
    impactEvaluation: 'für die Wirkungsmessung, ohne Verbindung zur Person',
    exactlyOnceSync: 'damit ein Offline-Eintrag nie zweimal angewendet wird',
    proofOfAnswer: 'als Nachweis, dass die Anfrage beantwortet wurde',
    otherChildren: 'werden noch für ein anderes Kind gebraucht',
    callIntegrity: 'die anderen Bewerbungen wurden damit gereiht und die Jury damit abgeglichen',
  },
};
