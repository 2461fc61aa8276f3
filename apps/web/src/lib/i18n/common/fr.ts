// French strings shared by the whole app (the shell, form validation, error messages); the reference.
import { errorMessages } from '../errors/fr';

export const fr = {
  appName: 'Tutti',
  skipToContent: 'Aller au contenu',
  loading: 'Chargement…',
  close: 'Fermer',
  cancel: 'Annuler',
  save: 'Enregistrer',
  saved: 'Modifications enregistrées.',
  confirm: 'Confirmer',
  previous: 'Précédent',
  next: 'Suivant',
  footer: 'Tutti, logiciel libre pour porter la musique au plus près des gens.',
  language: { label: 'Langue', fr: 'Français', en: 'English', de: 'Deutsch' },
  shell: {
    mainNavigation: 'Navigation principale',
    openMenu: 'Menu',
    closeMenu: 'Fermer le menu',
    organisation: 'Structure',
    switchOrganisation: 'Changer de structure, structure actuelle : {{name}}',
    createOrganisation: 'Créer une structure',
    account: 'Mon compte',
    signOut: 'Se déconnecter',
    demo: 'Démo',
    sections: {
      programme: 'Programmation',
      audiences: 'Publics',
      concerts: 'Concerts et appels',
      measure: 'Mesurer',
      network: 'Coopération',
      organisation: 'Structure',
    },
  },
  validation: {
    required: 'Ce champ est obligatoire.',
    email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    tooShort_one: 'Saisissez au moins {{count}} caractère.',
    tooShort_other: 'Saisissez au moins {{count}} caractères.',
    tooShort_many: 'Saisissez au moins {{count}} caractères.',
    tooLong_one: 'Saisissez au plus {{count}} caractère.',
    tooLong_other: 'Saisissez au plus {{count}} caractères.',
    tooLong_many: 'Saisissez au plus {{count}} caractères.',
    invalid: 'Cette valeur n’est pas valide.',
    summary: 'Le formulaire contient des erreurs. Corrigez les champs signalés.',
  },
  pages: {
    notFound: 'Page introuvable',
    notFoundText: 'Cette page n’existe pas ou n’est plus disponible.',
    forbidden: 'Accès réservé',
    forbiddenText: 'Votre rôle dans cette structure ne donne pas accès à cette page.',
    error: 'Une erreur s’est produite',
    backHome: 'Revenir à l’accueil',
    retry: 'Réessayer',
  },
  offline: {
    status: 'Envoi des modifications',
    online: 'En ligne',
    offlineSince: 'Hors ligne depuis {{time}}',
    pending_zero: 'Tout est envoyé',
    pending_one: '{{count}} modification à envoyer',
    pending_other: '{{count}} modifications à envoyer',
    pending_many: '{{count}} modifications à envoyer',
    sendNow: 'Envoyer maintenant',
    sending: 'Envoi…',
    lastSync: 'Dernier envoi à {{time}}',
    refused_one: '{{count}} modification refusée',
    refused_other: '{{count}} modifications refusées',
    refused_many: '{{count}} modifications refusées',
    dismiss: 'Ne plus afficher',
    pageTitle: 'Page indisponible hors ligne',
    pageText:
      'Cette page n’a pas encore été téléchargée sur cet appareil, et le serveur ne répond pas. Elle s’ouvrira dès que le réseau reviendra. Ce que vous avez noté hors ligne est gardé et sera envoyé.',
  },
  errors: errorMessages,
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    common: typeof fr;
  }
}
