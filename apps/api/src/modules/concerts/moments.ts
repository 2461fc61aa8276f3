// Instants as the concerts' public side writes them: on the concert's clocks, in the reader's
// language ("samedi 14 mars, 20:30"), and the organisation that signs its pages and e-mails.
import type { Executor } from '@tutti/db';
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import type { PublicLanguage } from '../../platform/public-pages';
import { findCurrentOrganisation } from '../organisations';

export function momentText(at: Date, timeZone: string, lang: PublicLanguage) {
  const local = toLocalDateTime(at, timeZone);
  const date = formatDate(local.slice(0, 10), lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  return `${date}, ${local.slice(11, 16)}`;
}

/** The organisation's name and public slug: the signature and the links of e-mails. */
export type Sender = { name: string; slug: string };

export async function findSender(tx: Executor, orgId: string): Promise<Sender> {
  const organisation = await findCurrentOrganisation(tx, orgId);
  return { name: organisation?.name ?? '', slug: organisation?.publicSlug ?? '' };
}

/** A stored locale as a language of the public pages (French when unknown). */
export function languageOf(locale: string): PublicLanguage {
  return locale === 'en' || locale === 'de' ? locale : 'fr';
}
