// Texts of the calls' public pages, in French: the reference.
export const fr = {
  callsTitle: 'Appels à candidatures',
  callsLead: (org: string) => `Les appels à candidatures de ${org}.`,
  noCalls: 'Aucun appel publié pour le moment.',
  opens: 'Ouverture',
  closes: 'Clôture',
  timeZone: (zone: string) => `Fuseau horaire : ${zone}.`,
  open: 'Candidatures ouvertes',
  notYet: 'Pas encore ouvert',
  closed: 'Candidatures closes',
  eligibility: 'Qui peut candidater',
  recordings: 'Enregistrements demandés',
  upTo: (duration: string) => `au plus ${duration}`,
  optional: 'facultatif',
  criteria: 'Critères du jury',
  weight: (n: number) => `poids ${n}`,
  independent: 'apprécié à part, hors total',
  fairness:
    'Le jury écoute à l’aveugle : il ne connaît qu’un code, ni votre nom ni votre adresse. Les enregistrements sont débarrassés de leurs métadonnées et mis au même volume ; la qualité de l’enregistrement est notée à part, pour qu’un chant enregistré au téléphone ne soit pas jugé sur son micro.',
  parts: 'Places',
  places: (n: number) => `${n} place${n > 1 ? 's' : ''}`,
  applyTitle: 'Candidater ou suivre ma candidature',
  applyHow:
    'Pas de compte à créer : donnez votre adresse électronique, nous vous envoyons un lien à usage unique pour ouvrir votre dossier, déposer vos enregistrements depuis votre téléphone et suivre votre candidature.',
  email: 'Adresse électronique',
  send: 'Recevoir mon lien',
  retention: (months: number) =>
    `Vos enregistrements sont effacés ${months} mois après les résultats.`,
  backToCalls: 'Tous les appels',
};
export type CallTexts = typeof fr;
