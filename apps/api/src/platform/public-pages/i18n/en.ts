// The public pages' shared texts (layout, errors), in English.
import type { PublicLayoutTexts } from './fr';

export const en: PublicLayoutTexts = {
  languageName: 'English',
  languageSwitch: 'Language',
  skipToContent: 'Skip to content',
  footer: 'Page published with Tutti, music where you least expect it.',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist or is no longer published.',
};
