// Texts of the pages for people without accounts (families, groups), in French: the reference.
import type { ConsentPurpose, SessionStatus } from '@tutti/contracts';

export const fr = {
  familiesTitle: 'Espace familles',
  familiesLead:
    'Recevez un lien personnel, sans mot de passe, pour voir les prochaines séances de vos enfants et les consentements enregistrés.',
  familiesHow: (minutes: number) =>
    `Indiquez l’adresse e-mail donnée lors de l’inscription. Le lien est valable ${minutes} minutes et ne sert qu’une fois.`,
  emailLabel: 'Adresse e-mail',
  phoneLabel: 'Ou numéro de téléphone portable',
  phoneHint: 'Au format international, par exemple +33 6 12 34 56 78.',
  sendLink: 'Recevoir mon lien',
  sendByText: 'Recevoir mon lien par SMS',
  sentTitle: 'Vérifiez votre messagerie',
  sentText: (minutes: number) =>
    `Si cette adresse est enregistrée auprès de la structure, un lien vient de lui être envoyé. Il est valable ${minutes} minutes.`,
  sentNothing:
    'Rien reçu ? Vérifiez les courriers indésirables, ou demandez à l’équipe qui vous a inscrit.',
  badRequestTitle: 'Adresse à vérifier',
  badRequestText: 'Indiquez une adresse e-mail valide, ou un numéro au format international.',
  crossSiteTitle: 'Demande refusée',
  crossSiteText:
    'Ce formulaire a été envoyé depuis un autre site. Ouvrez la page de la structure et recommencez.',
  tooManyTitle: 'Trop de demandes',
  tooManyText: 'Trop de liens ont été demandés. Réessayez dans une heure.',
  back: 'Retour',
  openTitle: 'Ouvrir votre espace',
  openText: 'Ce lien ouvre votre espace pour quelques heures sur cet appareil.',
  openButton: 'Continuer',
  usedTitle: 'Ce lien n’est plus valable',
  usedText:
    'Il a déjà servi ou a expiré. Demandez un nouveau lien depuis la page « Espace familles » de la structure.',
  childrenTitle: 'Mes enfants',
  childrenLead: (until: string) => `Votre accès reste ouvert jusqu’à ${until} sur cet appareil.`,
  noChildren: 'Aucun enfant n’est inscrit à votre nom pour le moment.',
  group: (name: string) => `Groupe : ${name}`,
  upcoming: 'Prochaines séances',
  noUpcoming: 'Aucune séance prévue pour le moment.',
  consents: 'Consentements enregistrés',
  noConsents: 'Aucun consentement enregistré.',
  consentGiven: (date: string) => `donné le ${date}`,
  consentWithdrawn: (date: string) => `retiré le ${date}`,
  purpose: {
    participation: 'Participation aux ateliers',
    photos: 'Photos',
    audio_video: 'Enregistrements audio et vidéo',
    evaluation: 'Évaluation',
    handover: 'Présentation à un ensemble',
    follow_up: 'Suivi après le parcours',
  } satisfies Record<ConsentPurpose, string>,
  status: {
    planned: 'Prévue',
    confirmed: 'Confirmée',
    done: 'Passée',
    cancelled: 'Annulée',
  } satisfies Record<SessionStatus, string>,
  online: 'En ligne',
  timeRange: (from: string, to: string) => `de ${from} à ${to}`,
  signOut: 'Me déconnecter',
  signedOutTitle: 'Vous êtes déconnecté',
  signedOutText: 'Votre accès est fermé sur cet appareil. Un nouveau lien le rouvrira.',
  noAccessTitle: 'Votre accès a pris fin',
  noAccessText:
    'Pour revoir cette page, demandez un nouveau lien depuis la page « Espace familles » de la structure.',
  groupTitle: (name: string) => `${name} : le programme`,
  groupLead: 'Le programme partagé avec le groupe par la structure.',
  groupNote: 'Le mot de la structure',
  linkGoneTitle: 'Ce lien n’est plus actif',
  linkGoneText: 'La structure a remplacé ou retiré ce lien. Demandez-lui le nouveau.',
};
export type GuestPageTexts = typeof fr;
