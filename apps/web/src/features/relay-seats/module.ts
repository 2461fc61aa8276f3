// Free seats through relays ("places offertes"): the relays' page (their allocations, naming
// guests, their ledger; organisers read every relay's counts there) and, on a concert's page,
// the card of its seats in layers (see index.ts).
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const reach = rolesWith('relaySeats.nominate');

export const relaySeatsModule = defineFeature({
  id: 'relaySeats',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'places-offertes',
      titleKey: 'relaySeats:title',
      roles: reach,
      component: lazyRouteComponent(
        () => import('./components/relay-seats-page'),
        'RelaySeatsPage',
      ),
    },
  ],
  nav: [
    {
      path: 'places-offertes',
      labelKey: 'relaySeats:nav',
      icon: 'handshake',
      roles: reach,
      section: 'concerts',
      order: 45,
    },
  ],
});
