// The facts a tour plan is built from, as plain data: sessions to place, other sessions that hold
// the same people or places, artists, and the run's rules (allowed dates and hours, pins).
import type { SessionKind, TransportMode } from '@tutti/contracts';
import type { ExcludedDates, WeeklyWindow } from '../../platform/time/weekly-availability';

export type Place = { latitude: number; longitude: number };

export type TourVenue = Place & {
  id: string;
  name: string;
  communeName: string | null;
  timeZone: string;
  availability: WeeklyWindow[];
  blackouts: ExcludedDates[];
};

/** A session the run places: it has a located venue and at most one artist today. */
export type TourSession = {
  id: string;
  title: string | null;
  kind: SessionKind;
  venue: TourVenue;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  artistIds: string[];
  groupIds: string[];
  journeyId: string | null;
  journeyPosition: number | null;
  /** `updated_at` when the run read it: accepting refuses a session edited since. */
  updatedAt: Date;
};

/** A session the run does not move but must respect: it holds an artist, a venue or a group. */
export type OtherSession = {
  id: string;
  title: string | null;
  kind: SessionKind;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: (Place & { id: string; name: string; communeName: string | null }) | null;
  artistIds: string[];
  groupIds: string[];
  journeyId: string | null;
  journeyPosition: number | null;
};

export type TourArtist = Place & {
  id: string;
  name: string;
  homeLabel: string;
  transportMode: TransportMode;
  maxTravelKmPerDay: number | null;
  skills: SessionKind[];
  availability: WeeklyWindow[];
  unavailability: ExcludedDates[];
};

/** Minutes from local midnight, `[fromMin, toMin]`. */
export type DayHours = { fromMin: number; toMin: number };

export type TourRules = {
  /** Dates the run may use, `YYYY-MM-DD`, inclusive; `earliestDate` keeps plans out of the past. */
  from: string;
  to: string;
  earliestDate: string;
  windowDays: number;
  hours: DayHours;
  weekdays: number[];
  /** Each artist-day keeps `minutes` free in one piece between these hours; null: no rule. */
  lunchBreak: (DayHours & { minutes: number }) | null;
  /** Keep sessions off the public holidays of France. */
  avoidPublicHolidays: boolean;
  sessionRules: Map<string, { from?: string; to?: string; hours?: DayHours }>;
  /** The zone artists' days are read in (the organisation's). */
  timeZone: string;
};

/** Where a session stands (today, or in the run re-planned): one artist and a start. */
export type Assignment = { artistId: string; startsAt: Date };

export type TourFacts = {
  sessions: TourSession[];
  others: OtherSession[];
  /** Every artist the run knows: the chosen ones, and those of today's plan (for comparison). */
  artists: TourArtist[];
  chosenArtistIds: Set<string>;
  /** Sessions kept where they are, by session id (agreed ones with an artist included). */
  pins: Map<string, Assignment>;
  /** Confirmed sessions kept at their date and time agreed with a partner (with or without artist). */
  agreed: Set<string>;
  /** The plan to change as little as possible; null for a fresh plan. */
  previous: Map<string, Assignment> | null;
  rules: TourRules;
};
