// The large organisation in memory: places, groups and school years of sessions, marks and head counts.
import type { Cell } from './bulk';
import { FIRST_NAMES, GROUP_PROFILES, PROJECT_THEMES, VENUE_KINDS, WORKSHOP_KINDS } from './names';
import type { Random } from './random';
import { schoolDay } from './school-calendar';

/** A real commune to place venues in (from the commune reference data). */
export type LargeCommune = {
  code: string;
  name: string;
  departmentCode: string;
  latitude: number;
  longitude: number;
  urban: boolean;
};

export type LargeScale = {
  participantsPerYear: number;
  workshopsPerYear: number;
  concertsPerYear: number;
  onlinePerYear: number;
  projects: number;
  artists: number;
};

export const ONE_ASSOCIATION_YEAR: LargeScale = {
  participantsPerYear: 45_000,
  workshopsPerYear: 2_400,
  concertsPerYear: 125,
  onlinePerYear: 40,
  projects: 50,
  artists: 48,
};

export type Rows = Cell[][];
export type LargePlan = {
  projects: Rows;
  venues: Rows;
  artists: Rows;
  groups: Rows;
  participants: Rows;
  accessNeeds: Rows;
  sessions: Rows;
  sessionGroups: Rows;
  sessionArtists: Rows;
  marks: Rows;
  headcounts: Rows;
  tariffs: Rows;
  orders: Rows;
  orderLines: Rows;
  artistIds: string[];
};

/** A concert's tariffs: kind, price of a seat in cents. */
const CONCERT_TARIFFS = [
  ['full', 800],
  ['reduced', 500],
  ['solidarity', 200],
] as const;
/** The alphabet of order secrets (ORDER_SECRET_PATTERN). */
const SECRET_ALPHABET = [...'23456789abcdefghjkmnpqrstuvwxyz'];

type Group = {
  id: string;
  venue: number;
  size: number;
  remaining: number;
  earlyYears: boolean;
  members: string[];
  project: string;
};

/**
 * Builds every row. Groups of 12–30 attend 1 to 6 workshops each, two or three groups sharing a
 * workshop in their commune's venue, so that a year has about the workshops and marks asked for;
 * attendance is about 85 % with people who come more or less often; concerts close the season.
 */
export function planLargeOrganisation(options: {
  orgId: string;
  random: Random;
  communes: LargeCommune[];
  schoolYears: number[];
  scale: LargeScale;
  now: Date;
}): LargePlan {
  const { orgId, random: r, communes, schoolYears, scale, now } = options;
  const plan: LargePlan = {
    projects: [],
    venues: [],
    artists: [],
    groups: [],
    participants: [],
    accessNeeds: [],
    sessions: [],
    sessionGroups: [],
    sessionArtists: [],
    marks: [],
    headcounts: [],
    tariffs: [],
    orders: [],
    orderLines: [],
    artistIds: [],
  };
  let orderNumber = 0;
  /** Tariffs, and 30 to 110 orders of 1 to 4 seats booked in the 40 days before the concert. */
  const addBoxOffice = (sessionId: string, startsAt: Date) => {
    const tariffs = CONCERT_TARIFFS.map(([kind, cents], position) => {
      const id = r.uuid();
      plan.tariffs.push([id, orgId, sessionId, kind, cents, position]);
      return { id, cents };
    });
    const orders = r.int(30, 110);
    for (let o = 0; o < orders; o++) {
      const id = r.uuid();
      orderNumber += 1;
      const seats = r.int(1, 4);
      const bookedAt = new Date(startsAt.getTime() - r.int(1, 40 * 24 * 60) * 60_000);
      let secret = '';
      for (let c = 0; c < 24; c++) secret += r.pick(SECRET_ALPHABET);
      plan.orders.push([
        id,
        orgId,
        sessionId,
        secret,
        `Réservation ${orderNumber}`,
        `reservation-${orderNumber}@example.test`,
        seats,
        'booked',
        bookedAt,
        bookedAt,
      ]);
      // Most orders take one tariff; some split their seats between two.
      const first = r.pick(tariffs);
      const second = seats > 1 && r.chance(0.25) ? r.pick(tariffs) : first;
      const split = second === first ? seats : r.int(1, seats - 1);
      plan.orderLines.push([orgId, id, first.id, split, first.cents]);
      if (second !== first)
        plan.orderLines.push([orgId, id, second.id, seats - split, second.cents]);
    }
  };
  const departments = [...new Set(communes.map((c) => c.departmentCode))];
  const projectsByDepartment = new Map<string, string[]>();
  for (let i = 0; i < scale.projects; i++) {
    const id = r.uuid();
    const department = departments[i % departments.length]!;
    projectsByDepartment.set(department, [...(projectsByDepartment.get(department) ?? []), id]);
    const start = `${schoolYears[0]}-09-01`;
    const end = `${schoolYears.at(-1)! + 1}-08-31`;
    plan.projects.push([
      id,
      orgId,
      `${PROJECT_THEMES[i % PROJECT_THEMES.length]} (${department}) ${Math.floor(i / PROJECT_THEMES.length) + 1}`,
      'active',
      start,
      end,
    ]);
  }
  const venues = communes.map((commune) => {
    const [kind, label] = r.pick(VENUE_KINDS);
    const id = r.uuid();
    plan.venues.push([
      id,
      orgId,
      `${label} de ${commune.name}`,
      kind,
      commune.code,
      commune.name,
      commune.latitude + (r.next() - 0.5) * 0.004,
      commune.longitude + (r.next() - 0.5) * 0.004,
      r.int(80, 400),
    ]);
    return { id, commune };
  });
  const artistsByArea = { urban: [] as string[], rural: [] as string[] };
  for (let i = 0; i < scale.artists; i++) {
    const id = r.uuid();
    const home = r.pick(communes);
    plan.artistIds.push(id);
    (home.urban ? artistsByArea.urban : artistsByArea.rural).push(id);
    plan.artists.push([
      id,
      orgId,
      `Artiste ${i + 1}`,
      home.code,
      home.name,
      home.latitude,
      home.longitude,
    ]);
  }
  const artistFor = (urban: boolean) =>
    r.pick(
      urban && artistsByArea.urban.length > 0
        ? artistsByArea.urban
        : artistsByArea.rural.length > 0
          ? artistsByArea.rural
          : plan.artistIds,
    );
  // Towns get several groups, villages one or two.
  const venueWeights = venues.map((v, i) => [i, v.commune.urban ? 6 : 1] as const);

  for (const year of schoolYears) {
    const groups: Group[] = [];
    let people = 0;
    while (people < scale.participantsPerYear) {
      const venue = r.weighted(venueWeights);
      const commune = venues[venue]!.commune;
      const profile = r.weighted(GROUP_PROFILES.map((p) => [p, p.weight] as const));
      const size = Math.min(r.int(12, 30), Math.max(12, scale.participantsPerYear - people));
      const id = r.uuid();
      const ageBand = r.pick(profile.ageBands);
      plan.groups.push([
        id,
        orgId,
        `${profile.label} ${commune.name} ${year}-${groups.length + 1}`,
        profile.kind,
        true,
        size,
        ageBand,
        commune.code,
        commune.name,
      ]);
      const members: string[] = [];
      for (let i = 0; i < size; i++) {
        const pid = r.uuid();
        const firstName = r.pick(FIRST_NAMES);
        members.push(pid);
        plan.participants.push([
          pid,
          orgId,
          id,
          firstName,
          ageBand,
          firstName.toLowerCase(),
          `${year + 6}-08-31`,
        ]);
        const needs = profile.kind === 'disability_institute_group' ? 0.3 : 0.01;
        if (r.chance(needs)) plan.accessNeeds.push([pid, orgId, 'Besoins notés par le relais']);
      }
      const projects =
        projectsByDepartment.get(commune.departmentCode) ??
        [...projectsByDepartment.values()].flat();
      const series = r.weighted([
        [1, 10],
        [2, 17],
        [3, 25],
        [4, 23],
        [5, 15],
        [6, 10],
      ] as const);
      groups.push({
        id,
        venue,
        size,
        remaining: series,
        earlyYears: !!profile.earlyYears,
        members,
        project: r.pick(projects),
      });
      people += size;
    }
    const propensity = new Map<string, number>();
    const slots = groups.reduce((sum, g) => sum + g.remaining, 0);
    const groupsPerWorkshop = slots / scale.workshopsPerYear;
    const seasonStart = Date.UTC(year, 8, 15);
    const seasonDays = 270;
    const byVenue = new Map<number, Group[]>();
    for (const g of groups) byVenue.set(g.venue, [...(byVenue.get(g.venue) ?? []), g]);

    const addSession = (values: {
      kind: string;
      project: string;
      venue: string | null;
      startsAt: Date;
      durationMin: number;
      groups: Group[];
      artists: string[];
      audience?: number;
    }) => {
      const id = r.uuid();
      const endsAt = new Date(values.startsAt.getTime() + values.durationMin * 60_000);
      const past = endsAt < now;
      const cancelled = values.kind !== 'concert' && r.chance(0.02);
      const status = cancelled ? 'cancelled' : past ? 'done' : 'planned';
      plan.sessions.push([
        id,
        orgId,
        values.project,
        values.kind,
        values.venue,
        values.startsAt,
        endsAt,
        'Europe/Paris',
        status,
        endsAt,
      ]);
      for (const g of values.groups) plan.sessionGroups.push([orgId, id, g.id]);
      for (const a of new Set(values.artists)) plan.sessionArtists.push([orgId, id, a]);
      if (values.kind === 'concert') addBoxOffice(id, values.startsAt);
      if (!past || cancelled) return;
      for (const g of values.groups) {
        for (const pid of g.members) {
          let p = propensity.get(pid);
          if (p === undefined) {
            p = Math.min(0.99, Math.max(0.4, 0.85 + (r.next() + r.next() + r.next() - 1.5) * 0.16));
            propensity.set(pid, p);
          }
          const status = r.chance(p) ? 'present' : r.chance(0.75) ? 'absent' : 'excused';
          plan.marks.push([orgId, id, pid, status, endsAt, 'seed-large', r.uuid()]);
        }
      }
      if (values.audience)
        plan.headcounts.push([
          r.uuid(),
          orgId,
          id,
          null,
          values.audience,
          endsAt,
          'seed-large',
          r.uuid(),
        ]);
    };

    for (const [venueIndex, cluster] of byVenue) {
      const venue = venues[venueIndex]!;
      const clusterSlots = cluster.reduce((sum, g) => sum + g.remaining, 0);
      const workshops = Math.max(1, Math.round(clusterSlots / groupsPerWorkshop));
      for (let w = 0; w < workshops; w++) {
        const waiting = cluster
          .filter((g) => g.remaining > 0)
          .sort((a, b) => b.remaining - a.remaining);
        if (waiting.length === 0) break;
        const take = Math.max(
          1,
          Math.min(5, waiting.length, Math.round(groupsPerWorkshop + (r.next() - 0.5) * 2)),
        );
        const chosen = waiting.slice(0, take);
        for (const g of chosen) g.remaining -= 1;
        const day = new Date(seasonStart + ((w + r.next()) / workshops) * seasonDays * 86_400_000);
        const earlyYears = chosen.some((g) => g.earlyYears);
        addSession({
          kind: earlyYears ? 'workshop_early_years' : r.pick(WORKSHOP_KINDS),
          project: chosen[0]!.project,
          venue: venue.id,
          startsAt: schoolDay(day, r.pick([9, 10, 14, 15]), r.pick([0, 30])),
          durationMin: earlyYears ? 45 : r.pick([60, 90, 120]),
          groups: chosen,
          artists: [artistFor(venue.commune.urban)],
        });
      }
    }
    const busiest = [...byVenue.entries()].sort((a, b) => b[1].length - a[1].length);
    for (let c = 0; c < scale.concertsPerYear; c++) {
      const [venueIndex, cluster] = busiest[c % busiest.length]!;
      const venue = venues[venueIndex]!;
      const day = new Date(Date.UTC(year + 1, 4, 10) + r.int(0, 45) * 86_400_000);
      addSession({
        kind: 'concert',
        project: cluster[0]!.project,
        venue: venue.id,
        startsAt: schoolDay(day, 19),
        durationMin: 90,
        groups: cluster.slice(0, 3),
        artists: [artistFor(venue.commune.urban), artistFor(venue.commune.urban)],
        audience: r.int(60, 350),
      });
    }
    for (let o = 0; o < scale.onlinePerYear; o++) {
      const day = new Date(seasonStart + r.next() * seasonDays * 86_400_000);
      addSession({
        kind: 'online',
        project: r.pick(groups).project,
        venue: null,
        startsAt: schoolDay(day, 18),
        durationMin: 60,
        groups: [],
        artists: [r.pick(plan.artistIds)],
        audience: r.int(8, 40),
      });
    }
  }
  return plan;
}
