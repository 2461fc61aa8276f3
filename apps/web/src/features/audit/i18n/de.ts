// German strings of the audit log page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Audit-Protokoll',
  title: 'Audit-Protokoll',
  intro:
    'Jeder Abruf von Zugangsbedürfnissen, jeder Export, jede Rollenänderung und jede Bestätigung einer CO2-Angabe wird hier vermerkt: wer, was, wann. Der abgerufene oder exportierte Inhalt nie.',
  logTitle: 'Ereignisse',
  filter: 'Art des Ereignisses',
  from: 'Von',
  to: 'Bis',
  none: 'Kein Ereignis für diese Kriterien.',
  subject: 'Betrifft: {{kind}}',
  unknownActor: 'Gelöschtes Konto',
  kept: 'Ereignisse werden 1 Jahr aufbewahrt und dann von der täglichen Bereinigung gelöscht.',
  actions: {
    all: 'Alle',
    'accessNeeds.read': 'Zugangsbedürfnisse abgerufen',
    'data.export': 'Daten exportiert',
    'role.change': 'Rolle geändert',
    'carbon.confirm': 'CO2-Angabe bestätigt oder Bestätigung zurückgenommen',
    'payment.remove': 'Vor-Ort-Zahlung gelöscht',
    'payment.refund': 'Reservierung erstattet',
    'payments.configure': 'HelloAsso-Konto eingegeben, geändert oder entfernt',
    'waitingList.reorder': 'Warteliste umsortiert',
  },
  subjects: {
    participant: 'Teilnehmende Person',
    group: 'Gruppe',
    member: 'Mitglied',
    report: 'Bericht',
    session: 'Termin',
    waitingListEntry: 'Wartelisteneintrag',
  },
};
