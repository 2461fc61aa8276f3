// A network's agenda in the formats others read: iCalendar (stable UID, SEQUENCE), schema.org
// Event (JSON-LD) and OpenAgenda's event JSON.
import type { NetworkEvent } from '@tutti/contracts';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { JsonLd, PublicLanguage } from '../../platform/public-pages';
import { networkTexts } from './i18n';

function place(event: NetworkEvent) {
  const town = [event.postalCode, event.communeName].filter(Boolean).join(' ');
  return [event.venueName, event.address, town].filter(Boolean).join(', ') || null;
}

export function agendaIcal(name: string, events: NetworkEvent[], lang: PublicLanguage): string {
  const texts = networkTexts[lang];
  const calendar = ical({
    name,
    prodId: { company: 'Tutti', product: 'Tutti', language: lang.toUpperCase() },
    ttl: 3600,
  });
  for (const event of events) {
    const title = `${event.title} (${event.orgName})`;
    calendar.createEvent({
      id: `${event.id}@tutti`,
      sequence: event.sequence,
      start: DateTime.fromISO(event.startsAt, { zone: event.timeZone }),
      end: DateTime.fromISO(event.endsAt, { zone: event.timeZone }),
      timezone: event.timeZone,
      summary: event.cancelled ? `${texts.cancelled}: ${title}` : title,
      location: place(event),
      description: [
        texts.category[event.category],
        `${texts.audiences} ${event.audiences.map((a) => texts.audience[a]).join(', ')}`,
        event.accessibility.length
          ? `${texts.accessibility} ${event.accessibility.map((a) => texts.access[a]).join(', ')}`
          : null,
      ]
        .filter(Boolean)
        .join('\n'),
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
    });
  }
  return calendar.toString();
}

const schemaType = (event: NetworkEvent) =>
  event.category === 'concert' || event.category === 'festival'
    ? 'MusicEvent'
    : event.category === 'workshop' || event.category === 'training'
      ? 'EducationEvent'
      : 'Event';

export function eventJsonLd(event: NetworkEvent, lang: PublicLanguage): JsonLd {
  const texts = networkTexts[lang];
  return {
    '@type': schemaType(event),
    '@id': `urn:uuid:${event.id}`,
    name: event.title,
    startDate: event.startsAt,
    endDate: event.endsAt,
    ...(event.url ? { url: event.url } : {}),
    eventStatus: event.cancelled
      ? 'https://schema.org/EventCancelled'
      : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    audience: event.audiences.map((a) => ({
      '@type': 'Audience',
      audienceType: texts.audience[a],
    })),
    ...(event.accessibility.length
      ? { accessibilityFeature: event.accessibility.map((a) => texts.access[a]) }
      : {}),
    ...(event.venueName
      ? {
          location: {
            '@type': 'Place',
            name: event.venueName,
            address: {
              '@type': 'PostalAddress',
              streetAddress: event.address ?? undefined,
              postalCode: event.postalCode ?? undefined,
              addressLocality: event.communeName ?? undefined,
              addressCountry: event.country,
            },
            ...(event.latitude !== null && event.longitude !== null
              ? {
                  geo: {
                    '@type': 'GeoCoordinates',
                    latitude: event.latitude,
                    longitude: event.longitude,
                  },
                }
              : {}),
          },
        }
      : {}),
    organizer: { '@type': 'Organization', name: event.orgName },
  };
}

/** OpenAgenda's accessibility keys: hearing, visual, motor, psychic, intellectual impairment. */
function openAgendaAccessibility(event: NetworkEvent) {
  const has = (key: NetworkEvent['accessibility'][number]) => event.accessibility.includes(key);
  return {
    hi: has('hearing-loop') || has('sign-language'),
    vi: has('audio-description'),
    mi: has('wheelchair'),
    pi: has('relaxed'),
    ii: has('easy-read'),
  };
}

/**
 * The agenda as OpenAgenda's event objects (multilingual fields keyed by language, timings,
 * location, keywords, accessibility, status 1 scheduled / 6 cancelled), ready for its import.
 */
export function openAgendaExport(events: NetworkEvent[], lang: PublicLanguage) {
  const texts = networkTexts[lang];
  return {
    total: events.length,
    events: events.map((event) => ({
      uid: event.id,
      title: { [lang]: event.title },
      description: { [lang]: `${texts.category[event.category]} — ${event.orgName}` },
      keywords: {
        [lang]: [texts.category[event.category], ...event.audiences.map((a) => texts.audience[a])],
      },
      timings: [{ begin: event.startsAt, end: event.endsAt }],
      timezone: event.timeZone,
      status: event.cancelled ? 6 : 1,
      attendanceMode: 1,
      accessibility: openAgendaAccessibility(event),
      location: {
        name: event.venueName,
        address: place(event),
        postalCode: event.postalCode,
        city: event.communeName,
        countryCode: event.country,
        latitude: event.latitude,
        longitude: event.longitude,
      },
      links: event.url ? [{ link: event.url }] : [],
      updatedAt: event.updatedAt,
      'x-tutti': {
        category: event.category,
        organisation: event.orgName,
        sequence: event.sequence,
      },
    })),
  };
}
