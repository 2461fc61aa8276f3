// The words of a person's data export (PDF), in plain French, English and German, for a family.
import type {
  AgeBand,
  AttendanceStatus,
  ConsentMethod,
  ConsentPurpose,
  GroupKind,
  Locale,
  RightsRequestKind,
  RightsRequestOutcome,
  SessionKind,
} from '@tutti/contracts';

export type ExportLabels = {
  fileName: string;
  title: string;
  intro: (organisation: string) => string;
  generated: string;
  page: string;
  of: string;
  none: string;
  yes: string;
  sections: {
    person: string;
    guardians: string;
    accessNeeds: string;
    attendance: string;
    surveys: string;
    guestAccess: string;
    messages: string;
    requests: string;
    rights: string;
  };
  fields: {
    firstName: string;
    lastName: string;
    ageBand: string;
    commune: string;
    group: string;
    partner: string;
    keptUntil: string;
    anonymised: string;
    enrolled: string;
    guardian: string;
    email: string;
    phone: string;
    givenOn: string;
    method: string;
    purposes: string;
    withdrawnOn: string;
    date: string;
    activity: string;
    status: string;
    survey: string;
    phase: string;
    question: string;
    answer: string;
    sentTo: string;
    expires: string;
    used: string;
    subject: string;
    kind: string;
    received: string;
    due: string;
    answered: string;
    outcome: string;
  };
  accessNeedsWithheld: string;
  guestAccessNote: string;
  rightsText: string[];
  ageBand: (band: AgeBand) => string;
  groupKind: Record<GroupKind, string>;
  consentMethod: Record<ConsentMethod, string>;
  consentPurpose: Record<ConsentPurpose, string>;
  attendanceStatus: Record<AttendanceStatus, string>;
  sessionKind: Record<SessionKind, string>;
  surveyPhase: Record<'before' | 'after' | 'single', string>;
  requestKind: Record<RightsRequestKind, string>;
  requestOutcome: Record<RightsRequestOutcome, string>;
};

const fr: ExportLabels = {
  fileName: 'donnees',
  title: 'Les données que nous gardons sur vous',
  intro: (organisation) =>
    `${organisation} vous envoie tout ce que Tutti garde sur cette personne et ses responsables légaux, comme le prévoit le RGPD (article 15).`,
  generated: 'Document préparé le',
  page: 'Page',
  of: 'sur',
  none: 'Rien d’enregistré.',
  yes: 'oui',
  sections: {
    person: 'La personne',
    guardians: 'Responsables légaux et autorisations',
    accessNeeds: 'Besoins d’accessibilité',
    attendance: 'Présences aux activités',
    surveys: 'Réponses aux questionnaires',
    guestAccess: 'Liens de connexion envoyés',
    messages: 'Messages envoyés',
    requests: 'Vos demandes',
    rights: 'Vos droits',
  },
  fields: {
    firstName: 'Prénom',
    lastName: 'Nom',
    ageBand: 'Âge',
    commune: 'Commune',
    group: 'Groupe',
    partner: 'Structure partenaire',
    keptUntil: 'Gardé jusqu’au',
    anonymised: 'Anonymisé le',
    enrolled: 'Inscrit le',
    guardian: 'Responsable',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    givenOn: 'Signée le',
    method: 'Comment',
    purposes: 'Pour',
    withdrawnOn: 'Retirée le',
    date: 'Date',
    activity: 'Activité',
    status: 'Présence',
    survey: 'Questionnaire',
    phase: 'Moment',
    question: 'Question',
    answer: 'Réponse',
    sentTo: 'Envoyé à',
    expires: 'Valable jusqu’au',
    used: 'Utilisé le',
    subject: 'Objet',
    kind: 'Demande',
    received: 'Reçue le',
    due: 'Réponse due le',
    answered: 'Répondue le',
    outcome: 'Suite donnée',
  },
  accessNeedsWithheld:
    'Les besoins d’accessibilité ne figurent pas dans ce document : la personne qui l’a préparé n’a pas le droit de les lire. Demandez-les à l’administrateur.',
  guestAccessNote: 'Ces liens ouvrent la page « Mes enfants » sans mot de passe.',
  rightsText: [
    'Vous pouvez demander à corriger une information fausse (rectification).',
    'Vous pouvez demander l’effacement de ces données. Nous gardons alors seulement des nombres sans nom (par exemple le nombre de présences) pour rendre compte aux financeurs.',
    'Vous pouvez vous opposer à un usage de ces données, ou retirer une autorisation à tout moment.',
    'Nous répondons dans un délai d’un mois. Vous pouvez aussi vous adresser à la CNIL (www.cnil.fr).',
  ],
  ageBand: (band) => (band === '65+' ? '65 ans et plus' : `${band.replace('-', ' à ')} ans`),
  groupKind: {
    class: 'Classe',
    leisure_centre_group: 'Groupe de centre de loisirs',
    social_centre_group: 'Groupe de centre social',
    choir: 'Chœur',
    nursing_home_group: 'Groupe de maison de retraite',
    disability_institute_group: 'Groupe d’établissement spécialisé',
    audience: 'Public',
    other: 'Autre groupe',
  },
  consentMethod: { paper: 'sur papier', online: 'en ligne', email: 'par e-mail' },
  consentPurpose: {
    participation: 'participer aux activités',
    photos: 'photos',
    audio_video: 'enregistrements audio et vidéo',
    evaluation: 'questionnaires d’évaluation',
  },
  attendanceStatus: { present: 'Présent', absent: 'Absent', excused: 'Absence excusée' },
  sessionKind: {
    workshop_singing: 'Atelier chant',
    workshop_writing: 'Atelier d’écriture',
    workshop_percussion: 'Atelier percussions',
    workshop_theatre: 'Atelier théâtre',
    workshop_early_years: 'Atelier d’éveil musical',
    concert: 'Concert',
    online: 'Séance en ligne',
  },
  surveyPhase: { before: 'Avant le parcours', after: 'Après le parcours', single: 'Réponse' },
  requestKind: {
    access: 'Accès à ses données',
    erasure: 'Effacement',
    rectification: 'Rectification',
    objection: 'Opposition',
  },
  requestOutcome: {
    done: 'Faite',
    partly_done: 'Faite en partie',
    refused: 'Refusée',
    withdrawn: 'Retirée',
  },
};

const en: ExportLabels = {
  fileName: 'data',
  title: 'The data we keep about you',
  intro: (organisation) =>
    `${organisation} sends you everything Tutti keeps about this person and their legal guardians, as the GDPR provides (article 15).`,
  generated: 'Prepared on',
  page: 'Page',
  of: 'of',
  none: 'Nothing recorded.',
  yes: 'yes',
  sections: {
    person: 'The person',
    guardians: 'Legal guardians and consents',
    accessNeeds: 'Access needs',
    attendance: 'Attendance at activities',
    surveys: 'Answers to questionnaires',
    guestAccess: 'Sign-in links sent',
    messages: 'Messages sent',
    requests: 'Your requests',
    rights: 'Your rights',
  },
  fields: {
    firstName: 'First name',
    lastName: 'Last name',
    ageBand: 'Age',
    commune: 'Town',
    group: 'Group',
    partner: 'Partner organisation',
    keptUntil: 'Kept until',
    anonymised: 'Anonymised on',
    enrolled: 'Enrolled on',
    guardian: 'Guardian',
    email: 'E-mail address',
    phone: 'Phone',
    givenOn: 'Signed on',
    method: 'How',
    purposes: 'For',
    withdrawnOn: 'Withdrawn on',
    date: 'Date',
    activity: 'Activity',
    status: 'Attendance',
    survey: 'Questionnaire',
    phase: 'When',
    question: 'Question',
    answer: 'Answer',
    sentTo: 'Sent to',
    expires: 'Valid until',
    used: 'Used on',
    subject: 'Subject',
    kind: 'Request',
    received: 'Received on',
    due: 'Answer due on',
    answered: 'Answered on',
    outcome: 'Outcome',
  },
  accessNeedsWithheld:
    'Access needs are not in this document: the person who prepared it may not read them. Ask the administrator for them.',
  guestAccessNote: 'These links open the "My children" page without a password.',
  rightsText: [
    'You may ask us to correct wrong information (rectification).',
    'You may ask us to erase this data. We then keep only figures without a name (for example the number of attendances) to report to funders.',
    'You may object to a use of this data, or withdraw a consent at any time.',
    'We answer within one month. You may also contact your data protection authority.',
  ],
  ageBand: (band) => (band === '65+' ? '65 and over' : `${band.replace('-', ' to ')} years`),
  groupKind: {
    class: 'School class',
    leisure_centre_group: 'Leisure centre group',
    social_centre_group: 'Social centre group',
    choir: 'Choir',
    nursing_home_group: 'Nursing home group',
    disability_institute_group: 'Specialised institution group',
    audience: 'Audience',
    other: 'Other group',
  },
  consentMethod: { paper: 'on paper', online: 'online', email: 'by e-mail' },
  consentPurpose: {
    participation: 'taking part in activities',
    photos: 'photos',
    audio_video: 'audio and video recordings',
    evaluation: 'evaluation questionnaires',
  },
  attendanceStatus: { present: 'Present', absent: 'Absent', excused: 'Excused' },
  sessionKind: {
    workshop_singing: 'Singing workshop',
    workshop_writing: 'Writing workshop',
    workshop_percussion: 'Percussion workshop',
    workshop_theatre: 'Theatre workshop',
    workshop_early_years: 'Early-years music workshop',
    concert: 'Concert',
    online: 'Online session',
  },
  surveyPhase: { before: 'Before the journey', after: 'After the journey', single: 'Answer' },
  requestKind: {
    access: 'Access to one’s data',
    erasure: 'Erasure',
    rectification: 'Rectification',
    objection: 'Objection',
  },
  requestOutcome: {
    done: 'Done',
    partly_done: 'Partly done',
    refused: 'Refused',
    withdrawn: 'Withdrawn',
  },
};

const de: ExportLabels = {
  fileName: 'daten',
  title: 'Die Daten, die wir über Sie speichern',
  intro: (organisation) =>
    `${organisation} schickt Ihnen alles, was Tutti über diese Person und ihre Erziehungsberechtigten speichert, wie es die DSGVO vorsieht (Artikel 15).`,
  generated: 'Erstellt am',
  page: 'Seite',
  of: 'von',
  none: 'Nichts gespeichert.',
  yes: 'ja',
  sections: {
    person: 'Die Person',
    guardians: 'Erziehungsberechtigte und Einwilligungen',
    accessNeeds: 'Barrierefreiheit und Unterstützung',
    attendance: 'Anwesenheit bei Aktivitäten',
    surveys: 'Antworten auf Fragebögen',
    guestAccess: 'Gesendete Anmeldelinks',
    messages: 'Gesendete Nachrichten',
    requests: 'Ihre Anfragen',
    rights: 'Ihre Rechte',
  },
  fields: {
    firstName: 'Vorname',
    lastName: 'Nachname',
    ageBand: 'Alter',
    commune: 'Gemeinde',
    group: 'Gruppe',
    partner: 'Partnereinrichtung',
    keptUntil: 'Gespeichert bis',
    anonymised: 'Anonymisiert am',
    enrolled: 'Angemeldet am',
    guardian: 'Erziehungsberechtigte Person',
    email: 'E-Mail-Adresse',
    phone: 'Telefon',
    givenOn: 'Unterschrieben am',
    method: 'Wie',
    purposes: 'Wofür',
    withdrawnOn: 'Widerrufen am',
    date: 'Datum',
    activity: 'Aktivität',
    status: 'Anwesenheit',
    survey: 'Fragebogen',
    phase: 'Zeitpunkt',
    question: 'Frage',
    answer: 'Antwort',
    sentTo: 'Gesendet an',
    expires: 'Gültig bis',
    used: 'Benutzt am',
    subject: 'Betreff',
    kind: 'Anfrage',
    received: 'Eingegangen am',
    due: 'Antwort fällig am',
    answered: 'Beantwortet am',
    outcome: 'Ergebnis',
  },
  accessNeedsWithheld:
    'Angaben zur Barrierefreiheit stehen nicht in diesem Dokument: Die Person, die es erstellt hat, darf sie nicht lesen. Fragen Sie die Administration danach.',
  guestAccessNote: 'Diese Links öffnen die Seite „Meine Kinder“ ohne Passwort.',
  rightsText: [
    'Sie können verlangen, dass falsche Angaben berichtigt werden (Berichtigung).',
    'Sie können die Löschung dieser Daten verlangen. Wir behalten dann nur Zahlen ohne Namen (zum Beispiel die Zahl der Anwesenheiten) für Berichte an Förderer.',
    'Sie können einer Nutzung dieser Daten widersprechen oder eine Einwilligung jederzeit widerrufen.',
    'Wir antworten innerhalb eines Monats. Sie können sich auch an Ihre Datenschutzbehörde wenden.',
  ],
  ageBand: (band) =>
    band === '65+' ? '65 Jahre und älter' : `${band.replace('-', ' bis ')} Jahre`,
  groupKind: {
    class: 'Schulklasse',
    leisure_centre_group: 'Gruppe einer Freizeiteinrichtung',
    social_centre_group: 'Gruppe eines Sozialzentrums',
    choir: 'Chor',
    nursing_home_group: 'Gruppe eines Seniorenheims',
    disability_institute_group: 'Gruppe einer Fördereinrichtung',
    audience: 'Publikum',
    other: 'Andere Gruppe',
  },
  consentMethod: { paper: 'auf Papier', online: 'online', email: 'per E-Mail' },
  consentPurpose: {
    participation: 'Teilnahme an Aktivitäten',
    photos: 'Fotos',
    audio_video: 'Ton- und Videoaufnahmen',
    evaluation: 'Evaluationsfragebögen',
  },
  attendanceStatus: { present: 'Anwesend', absent: 'Abwesend', excused: 'Entschuldigt' },
  sessionKind: {
    workshop_singing: 'Gesangsworkshop',
    workshop_writing: 'Schreibworkshop',
    workshop_percussion: 'Percussion-Workshop',
    workshop_theatre: 'Theaterworkshop',
    workshop_early_years: 'Musikalische Früherziehung',
    concert: 'Konzert',
    online: 'Online-Termin',
  },
  surveyPhase: { before: 'Vor dem Projekt', after: 'Nach dem Projekt', single: 'Antwort' },
  requestKind: {
    access: 'Auskunft',
    erasure: 'Löschung',
    rectification: 'Berichtigung',
    objection: 'Widerspruch',
  },
  requestOutcome: {
    done: 'Erledigt',
    partly_done: 'Teilweise erledigt',
    refused: 'Abgelehnt',
    withdrawn: 'Zurückgezogen',
  },
};

export const EXPORT_LABELS: Record<Locale, ExportLabels> = { fr, en, de };
