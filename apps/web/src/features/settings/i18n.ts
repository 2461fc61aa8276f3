// Strings of the organisation settings.
import { defineTranslations } from '@/lib/i18n/translations';

export const settingsTranslations = defineTranslations({
  fr: {
    nav: 'Paramètres de la structure',
    title: 'Paramètres de la structure',
    intro: 'Les informations générales de la structure porteuse.',
    identity: 'Identité',
    name: 'Nom de la structure',
    timeZone: 'Fuseau horaire',
    timeZoneHint: 'Les horaires des séances et des concerts sont affichés dans ce fuseau.',
    saved: 'Le nom de la structure est enregistré.',
  },
  en: {
    nav: 'Organisation settings',
    title: 'Organisation settings',
    intro: 'General information about the organisation.',
    identity: 'Identity',
    name: 'Organisation name',
    timeZone: 'Time zone',
    timeZoneHint: 'Times of sessions and concerts are shown in this time zone.',
    saved: 'The organisation name is saved.',
  },
  de: {
    nav: 'Einstellungen der Organisation',
    title: 'Einstellungen der Organisation',
    intro: 'Allgemeine Angaben zur Organisation.',
    identity: 'Identität',
    name: 'Name der Organisation',
    timeZone: 'Zeitzone',
    timeZoneHint: 'Die Zeiten von Terminen und Konzerten werden in dieser Zeitzone angezeigt.',
    saved: 'Der Name der Organisation ist gespeichert.',
  },
});

declare module 'i18next' {
  interface ResourceNamespaceMap {
    settings: typeof settingsTranslations.fr;
  }
}
