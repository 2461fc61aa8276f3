// The e-mail inviting someone to join an organisation, in the inviting admin's language.
import type { Locale, Role } from '@tutti/contracts';

const roleNames: Record<Locale, Record<Role, string>> = {
  fr: {
    admin: 'administrateur·rice',
    coordinator: 'coordinateur·rice',
    artist: 'artiste intervenant·e',
    relay: 'personne relais',
    viewer: 'lecteur·rice',
    juror: 'juré·e',
  },
  en: {
    admin: 'administrator',
    coordinator: 'coordinator',
    artist: 'artist',
    relay: 'relay person',
    viewer: 'viewer',
    juror: 'juror',
  },
  de: {
    admin: 'Administrator·in',
    coordinator: 'Koordinator·in',
    artist: 'Künstler·in',
    relay: 'Vermittlungsperson',
    viewer: 'Lesende·r',
    juror: 'Juror·in',
  },
};

export function memberInvitationMail(locale: Locale, orgName: string, role: Role, link: string) {
  const roleName = roleNames[locale][role];
  const texts: Record<Locale, { subject: string; text: string }> = {
    fr: {
      subject: `Tutti : invitation à rejoindre ${orgName}`,
      text: `Bonjour,\n\nVous êtes invité·e à rejoindre ${orgName} sur Tutti en tant que ${roleName}.\nPour accepter, ouvrez ce lien (valable 14 jours) :\n${link}`,
    },
    en: {
      subject: `Tutti: invitation to join ${orgName}`,
      text: `Hello,\n\nYou are invited to join ${orgName} on Tutti as ${roleName}.\nTo accept, open this link (valid for 14 days):\n${link}`,
    },
    de: {
      subject: `Tutti: Einladung zu ${orgName}`,
      text: `Guten Tag,\n\nSie sind eingeladen, ${orgName} auf Tutti als ${roleName} beizutreten.\nZum Annehmen öffnen Sie diesen Link (14 Tage gültig):\n${link}`,
    },
  };
  return texts[locale];
}
