// The e-mail and the text message that carry a one-time link, in the language it was asked in.
import type { Locale } from '@tutti/contracts';

type Message = { subject: string; text: string };

const minutesText: Record<Locale, (minutes: number) => string> = {
  fr: (n) => `Ce lien est valable ${n} minutes et ne sert qu'une fois.`,
  en: (n) => `This link works for ${n} minutes, once.`,
  de: (n) => `Dieser Link gilt ${n} Minuten und nur einmal.`,
};

const ignoreText: Record<Locale, string> = {
  fr: "Si vous n'avez rien demandé, ignorez ce message : rien ne se passera.",
  en: 'If you did not ask for it, ignore this message: nothing will happen.',
  de: 'Wenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht: Es passiert nichts.',
};

export function guestLinkMail(options: {
  locale: Locale;
  organisationName: string;
  purpose: string;
  link: string;
  minutes: number;
}): Message {
  const { locale, organisationName, purpose, link, minutes } = options;
  const subject = {
    fr: `Votre lien d'accès — ${organisationName}`,
    en: `Your access link — ${organisationName}`,
    de: `Ihr Zugangslink — ${organisationName}`,
  }[locale];
  const intro = {
    fr: `Bonjour,\n\nCe lien vous permet de ${purpose}, sans mot de passe :`,
    en: `Hello,\n\nThis link lets you ${purpose}, with no password:`,
    de: `Guten Tag,\n\nMit diesem Link können Sie ${purpose}, ohne Passwort:`,
  }[locale];
  const text = `${intro}\n\n${link}\n\n${minutesText[locale](minutes)}\n${ignoreText[locale]}\n\n${organisationName}`;
  return { subject, text };
}

/** Short enough for one or two text messages. */
export function guestLinkText(options: {
  locale: Locale;
  organisationName: string;
  link: string;
  minutes: number;
}): Message {
  const { locale, organisationName, link, minutes } = options;
  const subject = { fr: "Lien d'accès", en: 'Access link', de: 'Zugangslink' }[locale];
  return {
    subject,
    text: `${organisationName} : ${link} — ${minutesText[locale](minutes)}`,
  };
}
