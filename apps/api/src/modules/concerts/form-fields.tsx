// Pieces of the concerts' classic forms: what the visitor typed with each field's problem, and
// the attributes that tie a field to its hint and its problem.

import type { PublicLanguage } from '../../platform/public-pages';
import { concertTexts } from './i18n';

/** What the visitor typed, and the problem of each field (by the form's field name). */
export type BookingFormState = {
  values: Record<string, string | undefined>;
  problems: Record<string, string>;
};

export function Problem({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p class="error" id={`${id}-problem`}>
      {text}
    </p>
  ) : null;
}

/** The attributes linking a field to its hint and its problem. */
export function described(name: string, state: BookingFormState, hint?: string) {
  const ids = [hint, state.problems[name] ? `${name}-problem` : undefined].filter(Boolean);
  return {
    id: name,
    name,
    'aria-invalid': state.problems[name] ? ('true' as const) : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

/** The link every page of a concert's box office ends with, back to the concert's page. */
export function BackToConcert({
  slug,
  code,
  lang,
}: {
  slug: string;
  code: string;
  lang: PublicLanguage;
}) {
  return (
    <p>
      <a href={`/p/${slug}/e/${code}?lang=${lang}`}>{concertTexts[lang].backToConcert}</a>
    </p>
  );
}
