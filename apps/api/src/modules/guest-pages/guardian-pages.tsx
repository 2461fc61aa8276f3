// The pages of the guardian scope: the request form on the organisation's public pages, the
// answers to it, the page that opens a link, and "Mes enfants".
import type { GuardianChildren } from '@tutti/contracts';
import { formatDate } from '@tutti/kit/dates';
import { definePublicPage, type PublicLanguage } from '../../platform/public-pages';
import { guestPageTexts } from './i18n';
import { SharedSessions } from './shared-sessions';

export const LINK_REQUEST_PATH = '/p/_/lien';
export const OPEN_LINK_PATH = '/p/_/acces';
export const SIGN_OUT_PATH = '/p/_/sortie';

/** "Espace familles": where a guardian asks for a link; the same page for everyone, cached. */
export function familiesPage(options: { smsEnabled: boolean; linkMinutes: number }) {
  return definePublicPage({
    id: 'families',
    path: '/familles',
    parseParams: () => ({}),
    load: async () => ({}),
    render(_data, context) {
      const texts = guestPageTexts[context.lang];
      const hidden = (
        <>
          <input type="hidden" name="orgId" value={context.org.id} />
          <input type="hidden" name="locale" value={context.lang} />
        </>
      );
      return {
        title: texts.familiesTitle,
        description: texts.familiesLead,
        body: (
          <>
            <h1>{texts.familiesTitle}</h1>
            <p class="lead">{texts.familiesLead}</p>
            <p>{texts.familiesHow(options.linkMinutes)}</p>
            <form method="post" action={LINK_REQUEST_PATH}>
              {hidden}
              <label for="email">{texts.emailLabel}</label>
              <input id="email" name="email" type="email" autocomplete="email" required />
              <button type="submit">{texts.sendLink}</button>
            </form>
            {options.smsEnabled && (
              <form method="post" action={LINK_REQUEST_PATH}>
                {hidden}
                <label for="phone">{texts.phoneLabel}</label>
                <p class="muted" id="phone-hint">
                  {texts.phoneHint}
                </p>
                <input
                  id="phone"
                  name="phone"
                  type="tel"
                  autocomplete="tel"
                  aria-describedby="phone-hint"
                  required
                />
                <button type="submit" class="quiet">
                  {texts.sendByText}
                </button>
              </form>
            )}
          </>
        ),
      };
    },
    jsonLd: (_data, context) => ({
      '@type': 'WebPage',
      name: guestPageTexts[context.lang].familiesTitle,
    }),
  });
}

/** A title, a sentence, and optionally what to do next: the answers of the guest pages. */
export function MessageBody(props: { title: string; text: string; more?: string }) {
  return (
    <>
      <h1>{props.title}</h1>
      <p class="lead">{props.text}</p>
      {props.more && <p class="muted">{props.more}</p>}
    </>
  );
}

/** Opening asks for a click: mail scanners that fetch the link do not use it up. */
export function OpenLinkBody(props: { token: string; lang: PublicLanguage }) {
  const texts = guestPageTexts[props.lang];
  return (
    <>
      <h1>{texts.openTitle}</h1>
      <p class="lead">{texts.openText}</p>
      <form method="post" action={OPEN_LINK_PATH}>
        <input type="hidden" name="token" value={props.token} />
        <button type="submit">{texts.openButton}</button>
      </form>
    </>
  );
}

export function ChildrenBody(props: {
  data: GuardianChildren;
  lang: PublicLanguage;
  until: string;
}) {
  const texts = guestPageTexts[props.lang];
  const day = (date: string) =>
    formatDate(date, props.lang, { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <>
      <h1>{texts.childrenTitle}</h1>
      <p class="muted">{texts.childrenLead(props.until)}</p>
      {props.data.children.length === 0 && <p>{texts.noChildren}</p>}
      {props.data.children.map((child, index) => (
        <section class="card" key={`${child.firstName}${index}`} aria-labelledby={`child-${index}`}>
          <h2 id={`child-${index}`}>{child.firstName}</h2>
          <p>{texts.group(child.group.name)}</p>
          <h3>{texts.upcoming}</h3>
          <SharedSessions sessions={child.upcomingSessions} lang={props.lang} />
          <h3>{texts.consents}</h3>
          {child.consents.length === 0 ? (
            <p class="muted">{texts.noConsents}</p>
          ) : (
            <ul>
              {child.consents.map((consent) => (
                <li key={`${consent.givenOn}${consent.purposes.join()}`}>
                  {consent.purposes.map((purpose) => texts.purpose[purpose]).join(', ')} —{' '}
                  {consent.withdrawnOn
                    ? texts.consentWithdrawn(day(consent.withdrawnOn))
                    : texts.consentGiven(day(consent.givenOn))}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <form method="post" action={SIGN_OUT_PATH}>
        <button type="submit" class="quiet">
          {texts.signOut}
        </button>
      </form>
    </>
  );
}
