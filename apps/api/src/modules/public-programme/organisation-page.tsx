// The organisation's public page: who it is, where it works, and its upcoming public events.
import { PUBLIC_SLUG_PATTERN } from '@tutti/contracts';
import { zonedToUtc } from '@tutti/kit/dates';
import { definePublicPage } from '../../platform/public-pages';
import { listUpcomingPublicSessions } from '../sessions';
import { programmeTexts } from './i18n';
import { EventSummary, eventJsonLd } from './public-event';

const UPCOMING_LIMIT = 50;

export const organisationPage = definePublicPage({
  id: 'organisation',
  path: '',
  parseParams: (raw) => (PUBLIC_SLUG_PATTERN.test(raw.orgSlug ?? '') ? {} : null),
  async load(tx, _params, context) {
    // From the start of the organisation's day: the list rolls over with the cache key's date.
    const from = zonedToUtc(context.today, 0, context.org.timeZone) ?? new Date();
    return { upcoming: await listUpcomingPublicSessions(tx, from, UPCOMING_LIMIT) };
  },
  render({ upcoming }, context) {
    const { org, lang } = context;
    const texts = programmeTexts[lang];
    return {
      title: org.name,
      description: org.description ?? texts.organisationDescription(org.name),
      body: (
        <>
          <h1>{org.name}</h1>
          {org.description && <p class="lead">{org.description}</p>}
          {org.region && (
            <p>
              <strong>{texts.region}</strong> {org.region}
            </p>
          )}
          <h2>{texts.upcoming}</h2>
          {upcoming.length === 0 ? (
            <p>{texts.noUpcoming}</p>
          ) : (
            <ul class="events">
              {upcoming.map((session) => (
                <EventSummary session={session} context={context} key={session.code} />
              ))}
            </ul>
          )}
          <h2>{texts.families}</h2>
          <p>
            <a href={`${context.orgUrl('/familles')}?lang=${context.lang}`}>{texts.familiesLink}</a>
          </p>
        </>
      ),
    };
  },
  jsonLd({ upcoming }, context) {
    const { org } = context;
    return {
      '@type': 'Organization',
      name: org.name,
      url: context.orgUrl(),
      ...(org.description ? { description: org.description } : {}),
      ...(org.region ? { areaServed: org.region } : {}),
      event: upcoming.map((session) => eventJsonLd(session, context)),
    };
  },
  sitemap: async () => [''],
});
