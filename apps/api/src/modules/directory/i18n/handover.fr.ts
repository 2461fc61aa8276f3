// Texts of the warm handover and the follow-up (e-mails and one-time pages), in French: the reference.

export const handoverFr = {
  // The ensemble's e-mails
  introductionSubject: (m: { firstName: string; organisation: string }) =>
    `${m.organisation} vous présente ${m.firstName}, qui aimerait vous rejoindre`,
  introductionBody: (m: {
    firstName: string;
    ensemble: string;
    organisation: string;
    introducer: string;
    part: string | null;
    sang: string;
    message: string | null;
    answerBy: string;
    link: string;
  }) =>
    [
      'Bonjour,',
      '',
      `${m.introducer} (${m.organisation}) a mené les ateliers auxquels ${m.firstName} a participé, et vous la ou le présente avec son accord : ${m.firstName} aimerait essayer « ${m.ensemble} ».`,
      m.part ? `Pupitre : ${m.part}.` : '',
      `Ce qu’elle ou il a chanté : ${m.sang}`,
      m.message ? `Un mot de ${m.introducer} : ${m.message}` : '',
      '',
      `Vous vous engagez à répondre d’ici le ${m.answerBy} : proposez une date d’essai, ou dites simplement que ce n’est pas possible, en un clic : ${m.link}`,
      '',
      'Nous transmettons votre réponse à la personne ; vous ne recevez aucune autre donnée la concernant.',
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
  reminderSubject: (m: { firstName: string }) => `Rappel : ${m.firstName} attend votre réponse`,
  reminderBody: (m: { firstName: string; ensemble: string; answerBy: string; link: string }) =>
    [
      'Bonjour,',
      '',
      `${m.firstName} attend toujours de savoir si elle ou il peut venir essayer « ${m.ensemble} ». Vous vous étiez engagés à répondre d’ici le ${m.answerBy}.`,
      '',
      `Une date d’essai, ou non, en un clic : ${m.link}`,
    ].join('\n'),
  escalationSubject: (m: { firstName: string; ensemble: string }) =>
    `Sans réponse depuis 21 jours : « ${m.ensemble} » pour ${m.firstName}`,
  escalationBody: (m: { firstName: string; ensemble: string; introduced: string; link: string }) =>
    [
      'Bonjour,',
      '',
      `« ${m.ensemble} » n’a pas répondu à la présentation de ${m.firstName} du ${m.introduced}, malgré deux rappels.`,
      'Un appel à l’ensemble, ou la proposition d’un autre ensemble, évitera que la personne ne se décourage.',
      '',
      `Les présentations en cours : ${m.link}`,
    ].join('\n'),
  // The participant's e-mails
  acceptedSubject: (m: { ensemble: string }) => `« ${m.ensemble} » vous attend pour un essai`,
  acceptedBody: (m: {
    firstName: string;
    ensemble: string;
    trialDate: string;
    note: string | null;
  }) =>
    [
      `Bonjour ${m.firstName},`,
      '',
      `« ${m.ensemble} » vous propose de venir à un essai le ${m.trialDate}.`,
      m.note ? `Leur message : ${m.note}` : '',
      '',
      'Bonne répétition !',
    ].join('\n'),
  declinedSubject: (m: { ensemble: string }) => `Réponse de « ${m.ensemble} »`,
  declinedBody: (m: {
    firstName: string;
    ensemble: string;
    note: string | null;
    organisation: string;
  }) =>
    [
      `Bonjour ${m.firstName},`,
      '',
      `« ${m.ensemble} » ne peut pas vous accueillir pour le moment.`,
      m.note ? `Leur message : ${m.note}` : '',
      '',
      `${m.organisation} peut vous présenter à un autre ensemble : parlez-en à la personne qui a mené vos ateliers.`,
    ].join('\n'),
  followUpSubject: (kind: string, ensemble: string) =>
    kind === 'trial'
      ? `Êtes-vous allé·e à l’essai de « ${ensemble} » ?`
      : `${monthsOf(kind)} mois après le parcours : chantez-vous toujours ?`,
  followUpBody: (m: { firstName: string; kind: string; organisation: string; link: string }) =>
    [
      `Bonjour ${m.firstName},`,
      '',
      m.kind === 'trial'
        ? 'Vous aviez une date d’essai : y êtes-vous allé·e ?'
        : `Il y a ${monthsOf(m.kind)} mois, vous avez été présenté·e à un ensemble. Pratiquez-vous la musique aujourd’hui ?`,
      `Une réponse en un clic : ${m.link}`,
      '',
      `Vous avez accepté ce suivi ; ${m.organisation} ne compte que des totaux, jamais votre nom. Pour ne plus recevoir ces messages, répondez « stop » à cet e-mail.`,
    ].join('\n'),
  // The one-time pages
  answerTitle: 'Une personne aimerait vous rejoindre',
  answerLead: (m: { firstName: string; ensemble: string; organisation: string }) =>
    `${m.organisation} vous présente ${m.firstName}, qui aimerait essayer « ${m.ensemble} ».`,
  partLabel: 'Pupitre',
  sangLabel: 'Ce qu’elle ou il a chanté',
  messageLabel: 'Le mot de la personne qui la ou le présente',
  answerBy: (date: string) => `Vous vous êtes engagés à répondre d’ici le ${date}.`,
  acceptLegend: 'Proposer un essai',
  trialDateLabel: 'Date de l’essai',
  noteLabel: 'Un mot pour la personne (facultatif)',
  noteHint: 'L’heure, le lieu, ce qu’il faut apporter…',
  acceptButton: 'Proposer cette date',
  declineLegend: 'Ce n’est pas possible',
  declineButton: 'Décliner',
  trialDateProblem: 'Une date à venir, au format jj/mm/aaaa.',
  answeredTitle: 'Merci, votre réponse est transmise',
  acceptedText: (firstName: string, date: string) =>
    `${firstName} reçoit votre proposition d’essai du ${date}.`,
  declinedText: (firstName: string) => `${firstName} est prévenu·e ; merci d’avoir répondu.`,
  alreadyTitle: 'Vous avez déjà répondu',
  alreadyText: 'Cette présentation a déjà reçu une réponse. Merci !',
  followUpTitle: (kind: string, ensemble: string) =>
    kind === 'trial'
      ? `Êtes-vous allé·e à l’essai de « ${ensemble} » ?`
      : `${monthsOf(kind)} mois après : pratiquez-vous la musique ?`,
  followUpLead: 'Votre réponse nous aide à savoir si nos parcours donnent envie de continuer.',
  followUpLegend: 'Votre réponse',
  answers: {
    went: 'Oui, j’y suis allé·e',
    did_not_go: 'Non, pas encore',
    joined: 'Oui, je chante ou je joue dans un ensemble',
    started: 'Oui, nous avons lancé notre propre groupe',
    not_practising: 'Non, pas en ce moment',
  } as Record<string, string>,
  followUpSend: 'Envoyer',
  followUpProblem: 'Choisissez une réponse.',
  followUpThanksTitle: 'Merci de votre réponse',
  followUpThanksText: 'Elle compte dans nos totaux, sans votre nom.',
};

function monthsOf(kind: string) {
  return kind === 'month_3' ? 3 : kind === 'month_6' ? 6 : 12;
}
export type HandoverTexts = typeof handoverFr;
