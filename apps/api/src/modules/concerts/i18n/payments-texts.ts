// Texts of paying for an order on its public page, in each language.
import type { PublicLanguage } from '../../../platform/public-pages';
import { paymentsDe } from './payments-de';
import { paymentsEn } from './payments-en';
import { type PaymentTexts, paymentsFr } from './payments-fr';

export const paymentTexts: Record<PublicLanguage, PaymentTexts> = {
  fr: paymentsFr,
  en: paymentsEn,
  de: paymentsDe,
};
