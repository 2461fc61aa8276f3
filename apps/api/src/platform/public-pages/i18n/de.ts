// The public pages' shared texts (layout, errors), in German.
import type { PublicLayoutTexts } from './fr';

export const de: PublicLayoutTexts = {
  languageName: 'Deutsch',
  languageSwitch: 'Sprache',
  skipToContent: 'Zum Inhalt springen',
  footer: 'Seite veröffentlicht mit Tutti – Musik dort, wo man sie nicht erwartet.',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Diese Seite gibt es nicht oder sie ist nicht mehr veröffentlicht.',
};
