// A choir's message as each address receives it, in the reader's language: the conductor's words
// (in that language when written, else in French), then who it is for and how to stop them.
import type { Locale } from '@tutti/contracts';

type Mail = { subject: string; text: string };
/** A singer the address receives the message for: "Léa (Alto 1, Nevers)". */
export type MailSinger = { firstName: string; partName: string; siteName: string };

/** "Léa, Tom et Zoé" in the reader's language. */
const joined = (locale: Locale, names: string[]) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

const frame: Record<
  Locale,
  { hello: (names: string) => string; why: (choir: string, singers: string) => string }
> = {
  fr: {
    hello: (names) => `Bonjour ${names},`,
    why: (choir, singers) =>
      `Vous recevez ce message de ${choir} pour : ${singers}.\nPour ne plus recevoir les messages du chœur, changez vos préférences sur votre page de choriste ou dites-le à votre chef de chœur.`,
  },
  en: {
    hello: (names) => `Hello ${names},`,
    why: (choir, singers) =>
      `You receive this message from ${choir} for: ${singers}.\nTo stop receiving the choir's messages, change your preferences on your singer's page or tell your conductor.`,
  },
  de: {
    hello: (names) => `Hallo ${names},`,
    why: (choir, singers) =>
      `Sie erhalten diese Nachricht von ${choir} für: ${singers}.\nUm keine Nachrichten des Chors mehr zu erhalten, ändern Sie Ihre Einstellungen auf Ihrer Sängerseite oder sagen Sie es Ihrer Chorleitung.`,
  },
};

export function choirMessageMail(
  locale: Locale,
  facts: { choirName: string; subject: string; text: string; singers: MailSinger[] },
): Mail {
  const words = frame[locale];
  const names = joined(locale, [...new Set(facts.singers.map((s) => s.firstName))]);
  const singers = joined(
    locale,
    facts.singers.map((s) => `${s.firstName} (${s.partName}, ${s.siteName})`),
  );
  return {
    subject: `${facts.choirName} – ${facts.subject}`,
    text: `${words.hello(names)}\n\n${facts.text}\n\n${facts.choirName}\n\n—\n${words.why(facts.choirName, singers)}`,
  };
}
