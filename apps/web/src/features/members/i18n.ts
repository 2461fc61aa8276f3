// Strings of the members page.
import { defineTranslations } from '@/lib/i18n/translations';

export const membersTranslations = defineTranslations({
  fr: {
    nav: 'Membres',
    title: 'Membres',
    intro: 'Les personnes qui font vivre la structure, et leur rôle dans Tutti.',
    invite: 'Inviter une personne',
    list: 'Liste des membres',
    you: 'vous',
    since: 'Membre depuis le {{date}}',
    role: 'Rôle',
    changeRole: 'Modifier le rôle',
    changeRoleOf: 'Modifier le rôle de {{name}}',
    changeRoleTitle: 'Rôle de {{name}}',
    remove: 'Retirer',
    removeNamed: 'Retirer {{name}}',
    removeTitle: 'Retirer {{name}} de la structure ?',
    removeText:
      '{{name}} n’aura plus accès à la structure. Son compte reste ouvert : vous pourrez l’inviter à nouveau.',
    removed: '{{name}} a été retiré·e de la structure.',
    roleChanged: 'Le rôle de {{name}} est maintenant : {{role}}.',
    figure_one: 'membre',
    figure_other: 'membres',
    figure_many: 'membres',
    seeAll: 'Voir les membres',
  },
  en: {
    nav: 'Members',
    title: 'Members',
    intro: 'The people who make the organisation work, and their role in Tutti.',
    invite: 'Invite someone',
    list: 'Members list',
    you: 'you',
    since: 'Member since {{date}}',
    role: 'Role',
    changeRole: 'Change role',
    changeRoleOf: 'Change role of {{name}}',
    changeRoleTitle: 'Role of {{name}}',
    remove: 'Remove',
    removeNamed: 'Remove {{name}}',
    removeTitle: 'Remove {{name}} from the organisation?',
    removeText:
      '{{name}} will no longer have access to the organisation. Their account stays open: you can invite them again.',
    removed: '{{name}} was removed from the organisation.',
    roleChanged: 'The role of {{name}} is now: {{role}}.',
    figure_one: 'member',
    figure_other: 'members',
    figure_many: 'members',
    seeAll: 'See the members',
  },
  de: {
    nav: 'Mitglieder',
    title: 'Mitglieder',
    intro: 'Die Menschen, die die Organisation tragen, und ihre Rolle in Tutti.',
    invite: 'Person einladen',
    list: 'Mitgliederliste',
    you: 'Sie',
    since: 'Mitglied seit {{date}}',
    role: 'Rolle',
    changeRole: 'Rolle ändern',
    changeRoleOf: 'Rolle ändern von {{name}}',
    changeRoleTitle: 'Rolle von {{name}}',
    remove: 'Entfernen',
    removeNamed: 'Entfernen: {{name}}',
    removeTitle: '{{name}} aus der Organisation entfernen?',
    removeText:
      '{{name}} hat dann keinen Zugang mehr zur Organisation. Das Konto bleibt bestehen: Sie können die Person erneut einladen.',
    removed: '{{name}} wurde aus der Organisation entfernt.',
    roleChanged: 'Die Rolle von {{name}} ist jetzt: {{role}}.',
    figure_one: 'Mitglied',
    figure_other: 'Mitglieder',
    figure_many: 'Mitglieder',
    seeAll: 'Mitglieder ansehen',
  },
});

declare module 'i18next' {
  interface ResourceNamespaceMap {
    members: typeof membersTranslations.fr;
  }
}
