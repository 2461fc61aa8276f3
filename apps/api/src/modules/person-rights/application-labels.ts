// The words of the applications part of a person's data export (PDF), and of an applicant's own
// export, in plain French, English and German.
import type { CallDecision, Locale } from '@tutti/contracts';

export type ApplicationLabels = {
  section: string;
  applicantTitle: string;
  applicantIntro: (organisation: string) => string;
  applicantRights: string[];
  fields: {
    call: string;
    code: string;
    name: string;
    email: string;
    part: string;
    status: string;
    started: string;
    submitted: string;
    recording: string;
    file: string;
    duration: string;
    sent: string;
    decision: string;
    reason: string;
    juror: string;
    criterion: string;
    score: string;
    recordingQuality: string;
    total: string;
    comment: string;
  };
  answers: string;
  recordings: string;
  evaluations: string;
  evaluationsPending: string;
  recordingDeleted: string;
  status: Record<'draft' | 'submitted' | 'withdrawn', string>;
  decision: Record<CallDecision, string>;
};

const fr: ApplicationLabels = {
  section: 'Candidatures aux appels',
  applicantTitle: 'Les données que nous gardons sur vos candidatures',
  applicantIntro: (organisation) =>
    `${organisation} vous envoie tout ce que Tutti garde sur les candidatures envoyées depuis cette adresse, comme le prévoit le RGPD (article 15).`,
  applicantRights: [
    'Vous pouvez demander à corriger une information fausse (rectification).',
    'Vous pouvez demander l’effacement de ces données : votre nom, votre adresse, vos réponses, vos enregistrements et les commentaires du jury sont alors supprimés. Les notes du jury restent, sans nom, sous le code de candidature : le classement des autres candidats a été établi avec elles.',
    'Nous répondons dans un délai d’un mois. Vous pouvez aussi vous adresser à la CNIL (www.cnil.fr).',
  ],
  fields: {
    call: 'Appel',
    code: 'Code de candidature',
    name: 'Nom',
    email: 'Adresse e-mail',
    part: 'Pupitre',
    status: 'État',
    started: 'Commencée le',
    submitted: 'Envoyée le',
    recording: 'Enregistrement',
    file: 'Fichier',
    duration: 'Durée',
    sent: 'Reçu le',
    decision: 'Décision',
    reason: 'Motif',
    juror: 'Juré',
    criterion: 'Critère',
    score: 'Note (sur 10)',
    recordingQuality: 'Qualité de l’enregistrement',
    total: 'Total pondéré',
    comment: 'Commentaire',
  },
  answers: 'Réponses au formulaire',
  recordings: 'Enregistrements',
  evaluations: 'Évaluations du jury',
  evaluationsPending:
    'Le jury n’a pas encore rendu ses résultats : ses notes et commentaires vous seront lisibles une fois les résultats envoyés.',
  recordingDeleted: 'supprimé',
  status: { draft: 'brouillon', submitted: 'envoyée', withdrawn: 'retirée' },
  decision: { selected: 'retenue', waiting: 'liste d’attente', declined: 'non retenue' },
};

const en: ApplicationLabels = {
  section: 'Applications to calls',
  applicantTitle: 'The data we keep about your applications',
  applicantIntro: (organisation) =>
    `${organisation} sends you everything Tutti keeps about the applications sent from this address, as the GDPR provides (article 15).`,
  applicantRights: [
    'You may ask us to correct wrong information (rectification).',
    'You may ask us to erase this data: your name, address, answers, recordings and the jury’s comments are then deleted. The jury’s scores stay, without a name, under the application code: the other applicants were ranked with them.',
    'We answer within one month. You may also contact your data protection authority.',
  ],
  fields: {
    call: 'Call',
    code: 'Application code',
    name: 'Name',
    email: 'E-mail address',
    part: 'Voice part',
    status: 'State',
    started: 'Started on',
    submitted: 'Sent on',
    recording: 'Recording',
    file: 'File',
    duration: 'Length',
    sent: 'Received on',
    decision: 'Decision',
    reason: 'Reason',
    juror: 'Juror',
    criterion: 'Criterion',
    score: 'Score (out of 10)',
    recordingQuality: 'Recording quality',
    total: 'Weighted total',
    comment: 'Comment',
  },
  answers: 'Answers to the form',
  recordings: 'Recordings',
  evaluations: 'The jury’s evaluations',
  evaluationsPending:
    'The jury has not given its results yet: its scores and comments become readable once the results are sent.',
  recordingDeleted: 'deleted',
  status: { draft: 'draft', submitted: 'sent', withdrawn: 'withdrawn' },
  decision: { selected: 'selected', waiting: 'waiting list', declined: 'not selected' },
};

const de: ApplicationLabels = {
  section: 'Bewerbungen auf Ausschreibungen',
  applicantTitle: 'Die Daten, die wir über Ihre Bewerbungen speichern',
  applicantIntro: (organisation) =>
    `${organisation} schickt Ihnen alles, was Tutti über die von dieser Adresse gesendeten Bewerbungen speichert, wie es die DSGVO vorsieht (Artikel 15).`,
  applicantRights: [
    'Sie können verlangen, dass falsche Angaben berichtigt werden (Berichtigung).',
    'Sie können die Löschung dieser Daten verlangen: Ihr Name, Ihre Adresse, Ihre Antworten, Ihre Aufnahmen und die Kommentare der Jury werden dann gelöscht. Die Bewertungen der Jury bleiben ohne Namen unter dem Bewerbungscode: Die anderen Bewerbungen wurden mit ihnen gereiht.',
    'Wir antworten innerhalb eines Monats. Sie können sich auch an Ihre Datenschutzbehörde wenden.',
  ],
  fields: {
    call: 'Ausschreibung',
    code: 'Bewerbungscode',
    name: 'Name',
    email: 'E-Mail-Adresse',
    part: 'Stimme',
    status: 'Stand',
    started: 'Begonnen am',
    submitted: 'Gesendet am',
    recording: 'Aufnahme',
    file: 'Datei',
    duration: 'Dauer',
    sent: 'Erhalten am',
    decision: 'Entscheidung',
    reason: 'Begründung',
    juror: 'Jurymitglied',
    criterion: 'Kriterium',
    score: 'Bewertung (von 10)',
    recordingQuality: 'Qualität der Aufnahme',
    total: 'Gewichtete Summe',
    comment: 'Kommentar',
  },
  answers: 'Antworten im Formular',
  recordings: 'Aufnahmen',
  evaluations: 'Bewertungen der Jury',
  evaluationsPending:
    'Die Jury hat ihre Ergebnisse noch nicht mitgeteilt: Bewertungen und Kommentare sind lesbar, sobald die Ergebnisse versandt sind.',
  recordingDeleted: 'gelöscht',
  status: { draft: 'Entwurf', submitted: 'gesendet', withdrawn: 'zurückgezogen' },
  decision: { selected: 'ausgewählt', waiting: 'Warteliste', declined: 'nicht ausgewählt' },
};

export const APPLICATION_LABELS: Record<Locale, ApplicationLabels> = { fr, en, de };
