// The words of a person's data export (PDF), in plain French, English and German, for a family.
// Session kinds and the kinds of space resources come from the shared vocabulary
// (@tutti/contracts/vocabulary).
import type {
  AgeBand,
  AttendanceStatus,
  ConsentMethod,
  ConsentPurpose,
  GroupKind,
  HandoverStatus,
  Locale,
  OrderChannel,
  OrderStatus,
  RightsRequestKind,
  RightsRequestOutcome,
  WaitingListStatus,
} from '@tutti/contracts';
import { de } from './export-labels.de';
import { en } from './export-labels.en';
import { fr } from './export-labels.fr';

export type ExportLabels = {
  fileName: string;
  title: string;
  intro: (organisation: string) => string;
  generated: string;
  page: string;
  of: string;
  none: string;
  sections: {
    person: string;
    guardians: string;
    accessNeeds: string;
    attendance: string;
    choirs: string;
    surveys: string;
    guestAccess: string;
    messages: string;
    handovers: string;
    spaceItems: string;
    spaceReminders: string;
    supportRequests: string;
    concerts: string;
    requests: string;
    rights: string;
  };
  fields: {
    firstName: string;
    lastName: string;
    ageBand: string;
    commune: string;
    group: string;
    partner: string;
    keptUntil: string;
    anonymised: string;
    enrolled: string;
    guardian: string;
    email: string;
    phone: string;
    givenOn: string;
    method: string;
    purposes: string;
    withdrawnOn: string;
    date: string;
    activity: string;
    status: string;
    survey: string;
    phase: string;
    question: string;
    answer: string;
    sentTo: string;
    expires: string;
    used: string;
    subject: string;
    kind: string;
    received: string;
    due: string;
    answered: string;
    outcome: string;
    ensemble: string;
    trialDate: string;
    title: string;
    itemKind: string;
    publication: string;
    journey: string;
    language: string;
    confirmed: string;
    remindersSent: string;
    name: string;
    message: string;
    handled: string;
    choir: string;
    part: string;
    site: string;
    rehearsals: string;
    piecesReady: string;
    leftChoir: string;
    concert: string;
    contact: string;
    seats: string;
    channel: string;
    establishment: string;
    children: string;
    adults: string;
  };
  /** The three parts of the concerts section: bookings, waiting lists, groups headed. */
  concertParts: { orders: string; waitingList: string; groupOrders: string };
  orderStatus: Record<OrderStatus, string>;
  orderChannel: Record<OrderChannel, string>;
  waitingListStatus: Record<WaitingListStatus, string>;
  accessNeedsWithheld: string;
  guestAccessNote: string;
  rightsText: string[];
  ageBand: (band: AgeBand) => string;
  groupKind: Record<GroupKind, string>;
  consentMethod: Record<ConsentMethod, string>;
  consentPurpose: Record<ConsentPurpose, string>;
  attendanceStatus: Record<AttendanceStatus, string>;
  surveyPhase: Record<'before' | 'after' | 'single', string>;
  requestKind: Record<RightsRequestKind, string>;
  requestOutcome: Record<RightsRequestOutcome, string>;
  handoverStatus: Record<HandoverStatus, string>;
  languageName: Record<Locale, string>;
  spacePublished: string;
  spaceNotPublished: string;
  /** The heading of one request for support: where, and when it was sent. */
  supportRequestAt: (commune: string, date: string) => string;
  supportNotHandled: string;
};

export const EXPORT_LABELS: Record<Locale, ExportLabels> = { fr, en, de };
