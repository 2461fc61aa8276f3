// English strings of the audit log page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Audit log',
  title: 'Audit log',
  intro:
    'Every read of access needs, every export, every role change and every confirmation of a carbon figure is noted here: who, what, when. What was read or exported never is.',
  logTitle: 'Events',
  filter: 'Kind of event',
  from: 'From',
  to: 'To',
  none: 'No event for these criteria.',
  subject: 'About: {{kind}}',
  unknownActor: 'Deleted account',
  kept: 'Events are kept for 1 year, then deleted by the daily purge.',
  actions: {
    all: 'All',
    'accessNeeds.read': 'Access needs read',
    'data.export': 'Data exported',
    'role.change': 'Role changed',
    'carbon.confirm': 'Carbon figure confirmed or confirmation withdrawn',
    'payment.remove': 'On-site payment removed',
    'payment.refund': 'Booking refunded',
    'payments.configure': 'HelloAsso account entered, changed or removed',
    'waitingList.reorder': 'Waiting list reordered',
  },
  subjects: {
    participant: 'participant',
    group: 'group',
    member: 'member',
    report: 'report',
    session: 'session',
    waitingListEntry: 'waiting list entry',
  },
};
