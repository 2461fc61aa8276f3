// Texts of the applicant's pages (/p/_/candidature), in each language. `{percent}` is filled in
// by the page's script.
import type { CallDecision } from '@tutti/contracts';
import type { PublicLanguage } from '../../../platform/public-pages';

export type RecordingState =
  | 'missing'
  | 'uploading'
  | 'processing'
  | 'ready'
  | 'rejected'
  | 'failed'
  | 'tooLong';

type ApplicantTexts = {
  title: string;
  lead: string;
  noAccessTitle: string;
  noAccessText: string;
  goneTitle: string;
  goneText: string;
  mine: string;
  openCalls: string;
  noOpenCalls: string;
  apply: (call: string) => string;
  closes: (when: string) => string;
  code: (code: string) => string;
  status: Record<'draft' | 'submitted' | 'withdrawn', string>;
  submittedOn: (when: string) => string;
  closedTitle: string;
  closedText: string;
  crossSiteTitle: string;
  crossSiteText: string;
  name: string;
  language: string;
  part: string;
  choose: string;
  optional: string;
  save: string;
  saved: string;
  recordings: string;
  maxDuration: (duration: string) => string;
  chooseFile: (label: string) => string;
  noScript: string;
  sending: string;
  resuming: string;
  recordingState: Record<RecordingState, string>;
  blind: string;
  submit: string;
  submitted: string;
  decision: Record<CallDecision, string>;
  evaluations: string;
  juror: (n: string) => string;
  total: string;
  recordingQuality: string;
  recordingDay: string;
  recordingDayText: string;
  recordingDayWhen: (from: string, to: string) => string;
  back: string;
  signOut: string;
  errorSummary: string;
  errors: {
    required: string;
    invalid: Record<'email' | 'phone' | 'date' | 'choice' | 'text', string>;
    tooLong: (max: number) => string;
    recordingRequired: string;
    recordingTooLong: (duration: string) => string;
    recordingNotReady: string;
    wrongType: string;
    tooLarge: (megabytes: number) => string;
    uploadFailed: string;
  };
};

const fr: ApplicantTexts = {
  title: 'Ma candidature',
  lead: 'Votre dossier, vos enregistrements et l’état de votre candidature.',
  noAccessTitle: 'Ouvrez votre lien',
  noAccessText:
    'Ouvrez le lien reçu par courriel pour accéder à votre candidature. Pas de lien, ou lien expiré ? Demandez-en un depuis la page de l’appel.',
  goneTitle: 'Candidature introuvable',
  goneText: 'Cette candidature n’existe pas, ou elle n’est pas liée à votre adresse.',
  mine: 'Mes candidatures',
  openCalls: 'Appels ouverts',
  noOpenCalls: 'Aucun autre appel ouvert pour le moment.',
  apply: (call) => `Candidater : ${call}`,
  closes: (when) => `Clôture le ${when}`,
  code: (code) => `Code : ${code}`,
  status: { draft: 'Brouillon', submitted: 'Déposée', withdrawn: 'Retirée' },
  submittedOn: (when) => `Déposée le ${when}.`,
  closedTitle: 'Appel clos',
  crossSiteTitle: 'Demande refusée',
  crossSiteText:
    'Ce formulaire a été envoyé depuis un autre site. Rouvrez votre candidature et envoyez-le depuis sa page.',
  closedText: 'Cet appel ne prend plus de candidatures : le brouillon ne peut plus être modifié.',
  name: 'Nom et prénom',
  language: 'Langue des courriels',
  part: 'Pupitre',
  choose: 'Choisir…',
  optional: 'facultatif',
  save: 'Enregistrer le brouillon',
  saved: 'Brouillon enregistré.',
  recordings: 'Enregistrements',
  maxDuration: (duration) => `au plus ${duration}`,
  chooseFile: (label) => `Choisir un fichier – ${label}`,
  noScript:
    'L’envoi des enregistrements a besoin de JavaScript. Vos réponses s’enregistrent sans lui.',
  sending: 'Envoi… {percent} %',
  resuming: 'Reprise de l’envoi…',
  recordingState: {
    missing: 'À envoyer',
    uploading: 'Envoi en cours',
    processing: 'Préparation',
    ready: 'Reçu',
    rejected: 'Format refusé',
    failed: 'Échec, renvoyez-le',
    tooLong: 'Trop long',
  },
  blind:
    'Le jury ne verra qu’un code : ni votre nom, ni votre adresse, ni le nom de vos fichiers. Les enregistrements sont nettoyés et mis au même volume.',
  submit: 'Déposer ma candidature',
  submitted: 'Candidature déposée. Un accusé de réception vous a été envoyé.',
  decision: {
    selected: 'Résultat : candidature retenue.',
    waiting: 'Résultat : liste d’attente.',
    declined: 'Résultat : candidature non retenue.',
  },
  evaluations: 'Appréciations du jury',
  juror: (n) => `Juré·e ${n}`,
  total: 'Total',
  recordingQuality: 'Qualité de l’enregistrement',
  recordingDay: 'Séance d’enregistrement accompagnée',
  recordingDayText:
    'Pour enregistrer dans de bonnes conditions, nous vous proposons une séance lors d’une étape de notre tournée près de chez vous. Notre équipe vous y accueille avec le matériel ; répondez à notre courriel si ce moment ne vous convient pas.',
  recordingDayWhen: (from, to) => `${from} à ${to}`,
  back: 'Mes candidatures',
  signOut: 'Fermer mon accès sur cet appareil',
  errorSummary: 'Vérifiez les champs signalés.',
  errors: {
    required: 'À remplir.',
    invalid: {
      email: 'Adresse électronique non valable.',
      phone: 'Numéro non valable (forme internationale, par exemple +33 6 12 34 56 78).',
      date: 'Date non valable (jj/mm/aaaa).',
      choice: 'Choisissez une des propositions.',
      text: 'Valeur non valable.',
    },
    tooLong: (max) => `Au plus ${max} caractères.`,
    recordingRequired: 'Envoyez cet enregistrement.',
    recordingTooLong: (duration) => `Trop long : au plus ${duration}.`,
    recordingNotReady: 'Cet enregistrement n’est pas encore prêt.',
    wrongType: 'Choisissez un fichier audio ou vidéo.',
    tooLarge: (megabytes) => `Fichier trop lourd : au plus ${megabytes} Mo.`,
    uploadFailed:
      'L’envoi a échoué. Choisissez à nouveau le fichier : il reprendra où il s’est arrêté.',
  },
};

const en: ApplicantTexts = {
  title: 'My application',
  lead: 'Your application, your recordings and where your application stands.',
  noAccessTitle: 'Open your link',
  noAccessText:
    'Open the link you received by e-mail to reach your application. No link, or an expired one? Ask for one on the call’s page.',
  goneTitle: 'Application not found',
  goneText: 'This application does not exist, or it is not linked to your address.',
  mine: 'My applications',
  openCalls: 'Open calls',
  noOpenCalls: 'No other call is open at the moment.',
  apply: (call) => `Apply: ${call}`,
  closes: (when) => `Closes on ${when}`,
  code: (code) => `Code: ${code}`,
  status: { draft: 'Draft', submitted: 'Submitted', withdrawn: 'Withdrawn' },
  submittedOn: (when) => `Submitted on ${when}.`,
  closedTitle: 'Call closed',
  crossSiteTitle: 'Request refused',
  crossSiteText:
    'This form was sent from another site. Open your application again and send it from its page.',
  closedText: 'This call no longer takes applications: the draft can no longer be changed.',
  name: 'Full name',
  language: 'Language of e-mails',
  part: 'Voice part',
  choose: 'Choose…',
  optional: 'optional',
  save: 'Save the draft',
  saved: 'Draft saved.',
  recordings: 'Recordings',
  maxDuration: (duration) => `at most ${duration}`,
  chooseFile: (label) => `Choose a file – ${label}`,
  noScript: 'Sending recordings needs JavaScript. Your answers are saved without it.',
  sending: 'Sending… {percent} %',
  resuming: 'Resuming the upload…',
  recordingState: {
    missing: 'To send',
    uploading: 'Uploading',
    processing: 'Preparing',
    ready: 'Received',
    rejected: 'Format refused',
    failed: 'Failed, send it again',
    tooLong: 'Too long',
  },
  blind:
    'The jury sees only a code: not your name, your address or your files’ names. Recordings are cleaned and brought to the same loudness.',
  submit: 'Submit my application',
  submitted: 'Application submitted. A receipt has been sent to you.',
  decision: {
    selected: 'Result: application selected.',
    waiting: 'Result: waiting list.',
    declined: 'Result: application not selected.',
  },
  evaluations: 'The jury’s evaluations',
  juror: (n) => `Juror ${n}`,
  total: 'Total',
  recordingQuality: 'Recording quality',
  recordingDay: 'Supervised recording session',
  recordingDayText:
    'So that you can record in good conditions, we offer you a session at a stop of our tour near you. Our team will welcome you there with the equipment; reply to our e-mail if this time does not suit you.',
  recordingDayWhen: (from, to) => `${from} to ${to}`,
  back: 'My applications',
  signOut: 'End my access on this device',
  errorSummary: 'Please check the fields marked.',
  errors: {
    required: 'Required.',
    invalid: {
      email: 'Not a valid e-mail address.',
      phone: 'Not a valid number (international form, e.g. +44 7700 900123).',
      date: 'Not a valid date.',
      choice: 'Choose one of the options.',
      text: 'Not a valid value.',
    },
    tooLong: (max) => `At most ${max} characters.`,
    recordingRequired: 'Send this recording.',
    recordingTooLong: (duration) => `Too long: at most ${duration}.`,
    recordingNotReady: 'This recording is not ready yet.',
    wrongType: 'Choose an audio or video file.',
    tooLarge: (megabytes) => `File too large: at most ${megabytes} MB.`,
    uploadFailed: 'The upload failed. Choose the file again: it resumes where it stopped.',
  },
};

const de: ApplicantTexts = {
  title: 'Meine Bewerbung',
  lead: 'Ihre Bewerbung, Ihre Aufnahmen und ihr Stand.',
  noAccessTitle: 'Öffnen Sie Ihren Link',
  noAccessText:
    'Öffnen Sie den Link aus Ihrer E-Mail, um zu Ihrer Bewerbung zu gelangen. Kein Link oder abgelaufen? Fordern Sie auf der Seite der Ausschreibung einen an.',
  goneTitle: 'Bewerbung nicht gefunden',
  goneText: 'Diese Bewerbung gibt es nicht, oder sie gehört nicht zu Ihrer Adresse.',
  mine: 'Meine Bewerbungen',
  openCalls: 'Offene Ausschreibungen',
  noOpenCalls: 'Derzeit ist keine weitere Ausschreibung offen.',
  apply: (call) => `Bewerben: ${call}`,
  closes: (when) => `Schluss am ${when}`,
  code: (code) => `Code: ${code}`,
  status: { draft: 'Entwurf', submitted: 'Eingereicht', withdrawn: 'Zurückgezogen' },
  submittedOn: (when) => `Eingereicht am ${when}.`,
  closedTitle: 'Ausschreibung geschlossen',
  crossSiteTitle: 'Anfrage abgelehnt',
  crossSiteText:
    'Dieses Formular wurde von einer anderen Website gesendet. Öffnen Sie Ihre Bewerbung erneut und senden Sie es von ihrer Seite.',
  closedText:
    'Diese Ausschreibung nimmt keine Bewerbungen mehr an: Der Entwurf kann nicht mehr geändert werden.',
  name: 'Vor- und Nachname',
  language: 'Sprache der E-Mails',
  part: 'Stimmgruppe',
  choose: 'Auswählen…',
  optional: 'freiwillig',
  save: 'Entwurf speichern',
  saved: 'Entwurf gespeichert.',
  recordings: 'Aufnahmen',
  maxDuration: (duration) => `höchstens ${duration}`,
  chooseFile: (label) => `Datei wählen – ${label}`,
  noScript:
    'Zum Senden der Aufnahmen wird JavaScript benötigt. Ihre Antworten speichern auch ohne.',
  sending: 'Wird gesendet… {percent} %',
  resuming: 'Das Senden wird fortgesetzt…',
  recordingState: {
    missing: 'Zu senden',
    uploading: 'Wird gesendet',
    processing: 'Wird vorbereitet',
    ready: 'Erhalten',
    rejected: 'Format abgelehnt',
    failed: 'Fehlgeschlagen, bitte neu senden',
    tooLong: 'Zu lang',
  },
  blind:
    'Die Jury sieht nur einen Code: weder Ihren Namen noch Ihre Adresse noch die Namen Ihrer Dateien. Die Aufnahmen werden bereinigt und auf die gleiche Lautheit gebracht.',
  submit: 'Bewerbung einreichen',
  submitted: 'Bewerbung eingereicht. Eine Eingangsbestätigung wurde Ihnen gesendet.',
  decision: {
    selected: 'Ergebnis: Bewerbung angenommen.',
    waiting: 'Ergebnis: Warteliste.',
    declined: 'Ergebnis: Bewerbung nicht angenommen.',
  },
  evaluations: 'Bewertungen der Jury',
  juror: (n) => `Jurymitglied ${n}`,
  total: 'Gesamt',
  recordingQuality: 'Aufnahmequalität',
  recordingDay: 'Begleiteter Aufnahmetermin',
  recordingDayText:
    'Damit Sie unter guten Bedingungen aufnehmen können, bieten wir Ihnen einen Termin bei einem Halt unserer Tournee in Ihrer Nähe an. Unser Team empfängt Sie dort mit der Ausrüstung; antworten Sie auf unsere E-Mail, wenn Ihnen dieser Termin nicht passt.',
  recordingDayWhen: (from, to) => `${from} bis ${to}`,
  back: 'Meine Bewerbungen',
  signOut: 'Zugang auf diesem Gerät beenden',
  errorSummary: 'Bitte prüfen Sie die markierten Felder.',
  errors: {
    required: 'Pflichtfeld.',
    invalid: {
      email: 'Keine gültige E-Mail-Adresse.',
      phone: 'Keine gültige Nummer (internationale Form, z. B. +49 151 23456789).',
      date: 'Kein gültiges Datum.',
      choice: 'Wählen Sie eine der Möglichkeiten.',
      text: 'Kein gültiger Wert.',
    },
    tooLong: (max) => `Höchstens ${max} Zeichen.`,
    recordingRequired: 'Senden Sie diese Aufnahme.',
    recordingTooLong: (duration) => `Zu lang: höchstens ${duration}.`,
    recordingNotReady: 'Diese Aufnahme ist noch nicht bereit.',
    wrongType: 'Wählen Sie eine Audio- oder Videodatei.',
    tooLarge: (megabytes) => `Datei zu groß: höchstens ${megabytes} MB.`,
    uploadFailed:
      'Das Senden ist fehlgeschlagen. Wählen Sie die Datei erneut: Es geht dort weiter, wo es aufgehört hat.',
  },
};

export const applicantTexts: Record<PublicLanguage, ApplicantTexts> = { fr, en, de };
