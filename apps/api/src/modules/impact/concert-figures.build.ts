// Concerts' figures over the impact page's scope: attendance by channel and tariff and no-shows
// over the concerts whose door was used, amounts over every concert held, the workshops'
// participants who came to the concert, every count of people through the suppression rule.
import {
  attendanceChannels,
  type ConcertFigures,
  type ImpactConcertFigures,
  MASKED,
  type TariffKind,
  tariffKinds,
} from '@tutti/contracts';
import { suppressCount, suppressDerived, suppressTable } from './suppression';

type Tally = { booked: number; present: number };

const rate = (booked: number, present: number) =>
  booked === 0
    ? null
    : suppressDerived(Math.round(((booked - present) / booked) * 10_000) / 10_000, booked);

/** Booked and present columns of one table, each suppressed as a table of its own. */
function suppressedColumns<K extends string>(keys: readonly K[], tally: Map<K, Tally>) {
  const booked = suppressTable(
    keys.map((category) => ({ category, count: tally.get(category)?.booked ?? 0 })),
  );
  const present = suppressTable(
    keys.map((category) => ({ category, count: tally.get(category)?.present ?? 0 })),
  );
  return keys.map((key, index) => ({
    key,
    booked: booked[index]!.count,
    present: present[index]!.count,
  }));
}

export function buildConcertFigures(concerts: readonly ConcertFigures[]): ImpactConcertFigures {
  const held = concerts.filter((c) => c.held);
  const withDoor = held.filter((c) => c.doorUsed);
  const channels = new Map<(typeof attendanceChannels)[number], Tally>();
  const tariffs = new Map<TariffKind, Tally & { amount: number }>();
  const relays = new Map<string, Tally & { name: string }>();
  let unattributed = 0;
  let received = 0;
  for (const concert of held) {
    received += concert.receipts.receivedCents;
    for (const tariff of concert.byTariff) {
      const entry = tariffs.get(tariff.kind) ?? { booked: 0, present: 0, amount: 0 };
      entry.amount += tariff.amountCents;
      if (concert.doorUsed) {
        entry.booked += tariff.booked;
        entry.present += tariff.present ?? 0;
      }
      tariffs.set(tariff.kind, entry);
    }
  }
  for (const concert of withDoor) {
    unattributed += concert.presentUnattributed;
    for (const channel of concert.byChannel) {
      const entry = channels.get(channel.channel) ?? { booked: 0, present: 0 };
      entry.booked += channel.booked;
      entry.present += channel.present ?? 0;
      channels.set(channel.channel, entry);
    }
    for (const relay of concert.byRelay) {
      const entry = relays.get(relay.partnerId) ?? {
        booked: 0,
        present: 0,
        name: relay.partnerName,
      };
      entry.booked += relay.booked;
      entry.present += relay.present ?? 0;
      relays.set(relay.partnerId, entry);
    }
  }
  const relayIds = [...relays.keys()].sort((a, b) =>
    relays.get(a)!.name.localeCompare(relays.get(b)!.name, 'fr'),
  );
  const kinds = tariffKinds.filter((kind) => tariffs.has(kind));
  const withWorkshops = held.filter((c) => c.workshops && c.workshops.participants > 0);
  const participants = withWorkshops.reduce((sum, c) => sum + c.workshops!.participants, 0);
  const came = withWorkshops.reduce((sum, c) => sum + c.workshops!.cameToConcert, 0);
  // The rate would give away who did or did not come when either count is small.
  const rateShown =
    typeof suppressCount(came) === 'number' &&
    typeof suppressCount(participants - came) === 'number';
  return {
    held: held.length,
    doorUsed: withDoor.length,
    byChannel: suppressedColumns(attendanceChannels, channels).map(({ key, booked, present }) => ({
      channel: key,
      booked,
      present,
      noShowRate:
        key === 'door'
          ? null
          : rate(channels.get(key)?.booked ?? 0, channels.get(key)?.present ?? 0),
    })),
    byTariff: suppressedColumns(kinds, tariffs).map(({ key, booked, present }) => ({
      kind: key,
      booked,
      present,
      amountCents: tariffs.get(key)!.amount,
    })),
    presentUnattributed: suppressCount(unattributed),
    byRelay: suppressedColumns(relayIds, relays).map(({ key, booked, present }) => ({
      partnerId: key,
      partnerName: relays.get(key)!.name,
      booked,
      present,
      noShowRate: rate(relays.get(key)!.booked, relays.get(key)!.present),
    })),
    receivedCents: received,
    workshops:
      withWorkshops.length === 0
        ? null
        : {
            concerts: withWorkshops.length,
            participants: suppressCount(participants),
            cameToConcert: suppressCount(came),
            rate: rateShown
              ? suppressDerived(Math.round((came / participants) * 10_000) / 10_000, participants)
              : MASKED,
          },
  };
}
