// French strings of the members page; the reference the other languages follow.

export const fr = {
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
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    members: typeof fr;
  }
}
