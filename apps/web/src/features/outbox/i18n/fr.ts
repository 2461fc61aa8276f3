// French strings of the outbox page; the reference the other languages follow.

export const fr = {
  nav: 'Courriels',
  title: 'Courriels',
  intro:
    'Les e-mails que Tutti envoie au nom de la structure, comme les invitations. Si le serveur d’envoi ne répond pas, Tutti réessaie pendant 48 heures, puis le message passe en échec : vous pouvez alors le renvoyer. Sans serveur d’envoi configuré, ils sont conservés ici : vous pouvez transmettre le lien vous-même.',
  list: 'Courriels de la structure',
  empty: 'Aucun courriel pour l’instant.',
  to: 'À {{address}}',
  read: 'Lire le message',
  range: 'Courriels {{from}} à {{to}} sur {{total}}',
  pagination: 'Pages de courriels',
  status: { pending: 'À envoyer', sent: 'Envoyé', failed: 'Échec de l’envoi', kept: 'Conservé' },
  resend: 'Renvoyer',
  delivery: {
    attempts: 'Tentatives :',
    nextAttempt: 'Prochain essai :',
    lastError: 'Dernière erreur :',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    outbox: typeof fr;
  }
}
