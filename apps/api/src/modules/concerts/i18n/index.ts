// A concert's public texts in each language.
import type { PublicLanguage } from '../../../platform/public-pages';
import { de } from './de';
import { en } from './en';
import { type ConcertTexts, fr } from './fr';
import { groupOrdersDe } from './group-orders.de';
import { groupOrdersEn } from './group-orders.en';
import { type GroupOrderTexts, groupOrdersFr } from './group-orders.fr';
import { waitingListDe } from './waiting-list.de';
import { waitingListEn } from './waiting-list.en';
import { type WaitingListTexts, waitingListFr } from './waiting-list.fr';

export const concertTexts: Record<PublicLanguage, ConcertTexts> = { fr, en, de };
export type { ConcertTexts };

/** The waiting list's and the "lost your link?" form's texts. */
export const waitingListTexts: Record<PublicLanguage, WaitingListTexts> = {
  fr: waitingListFr,
  en: waitingListEn,
  de: waitingListDe,
};

/** Group orders' texts. */
export const groupOrderTexts: Record<PublicLanguage, GroupOrderTexts> = {
  fr: groupOrdersFr,
  en: groupOrdersEn,
  de: groupOrdersDe,
};
