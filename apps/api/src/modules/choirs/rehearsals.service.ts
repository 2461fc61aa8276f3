// Rehearsals: series from a recurrence rule with exception dates, single make-ups and concerts,
// cancelling or moving one occurrence; the list with RSVPs, marks and predicted attendance per
// part; the roster a phone takes attendance from.
import type {
  ChoirRehearsal,
  ChoirRehearsalBodySchema,
  ChoirRehearsalListQuerySchema,
  ChoirRehearsalUpdateBodySchema,
  ChoirSeriesBodySchema,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { organisationTimeZone } from '../organisations';
import * as choirs from './choirs.repository';
import { currentSeason, loadChoir, rateOf } from './choirs.service';
import { unfoldSeries } from './rehearsal-rules';
import * as rehearsals from './rehearsals.repository';

const missing = (path: string, what: string) =>
  new AppError('CHOIR.REFERENCE_NOT_FOUND', `${what} not found`, {
    fields: [{ path, message: `A ${what} of the choir` }],
  });

/** Without history, a singer is expected to come this often. */
const DEFAULT_RATE = 0.8;
const RSVP_WEIGHT = { yes: 1, maybe: 0.5, no: 0 } as const;

async function checkSeasonAndSite(
  tx: Tx,
  choirId: string,
  input: { seasonId: string; siteId: string | null },
) {
  await loadChoir(tx, choirId);
  if (!(await choirs.idsInChoir(tx, 'seasons', choirId, [input.seasonId])).size) {
    throw missing('body.seasonId', 'season');
  }
  if (input.siteId && !(await choirs.idsInChoir(tx, 'sites', choirId, [input.siteId])).size) {
    throw missing('body.siteId', 'site');
  }
}

export async function createSeries({
  actor,
  choirId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  input: z.output<typeof ChoirSeriesBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await checkSeasonAndSite(tx, choirId, input);
    const timeZone = await organisationTimeZone(tx, actor.orgId);
    const { rule, occurrences } = unfoldSeries(input, timeZone);
    const seriesId = await rehearsals.insertSeries(tx, actor.orgId, { ...input, rule, timeZone });
    await rehearsals.insertRehearsals(
      tx,
      actor.orgId,
      occurrences.map((o) => ({ seasonId: input.seasonId, seriesId, siteId: input.siteId, ...o })),
    );
    return { seriesId, rehearsals: occurrences.length };
  });
}

export async function createRehearsal({
  actor,
  choirId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  input: z.output<typeof ChoirRehearsalBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await checkSeasonAndSite(tx, choirId, input);
    if (input.sessionId && !(await choirs.existingIds(tx, 'sessions', [input.sessionId])).size) {
      throw missing('body.sessionId', 'session');
    }
    const startsAt = new Date(input.startsAt);
    const [row] = await rehearsals.insertRehearsals(tx, actor.orgId, [
      {
        seasonId: input.seasonId,
        siteId: input.siteId,
        kind: input.kind,
        startsAt,
        endsAt: new Date(startsAt.getTime() + input.durationMin * 60_000),
        sessionId: input.sessionId,
        note: input.note,
      },
    ]);
    return { id: row!.id };
  });
}

export async function loadRehearsal(tx: Tx, choirId: string, rehearsalId: string) {
  const found = await rehearsals.findRehearsal(tx, rehearsalId);
  if (!found || found.choirId !== choirId) throw notFound('CHOIR.NOT_FOUND', 'Rehearsal');
  return found.rehearsal;
}

/** An exception to a series: one occurrence cancelled, moved (keeping its length) or noted. */
export async function updateRehearsal({
  actor,
  choirId,
  rehearsalId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  rehearsalId: string;
  input: z.output<typeof ChoirRehearsalUpdateBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    const rehearsal = await loadRehearsal(tx, choirId, rehearsalId);
    const length = rehearsal.endsAt.getTime() - rehearsal.startsAt.getTime();
    const startsAt = input.startsAt ? new Date(input.startsAt) : undefined;
    await rehearsals.updateRehearsal(tx, rehearsalId, {
      ...(input.status ? { status: input.status } : {}),
      ...(startsAt ? { startsAt, endsAt: new Date(startsAt.getTime() + length) } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    });
    return { id: rehearsalId };
  });
}

type Member = choirs.MemberView;

/** Who a rehearsal expects: the site's singers, or everyone for a tutti. */
export const expectedAt = (members: Member[], siteId: string | null) =>
  siteId ? members.filter((m) => m.siteId === siteId) : members;

/** RSVPs, marks and predicted attendance per part for the rehearsals. */
export async function rehearsalFigures(
  tx: Tx,
  seasonId: string,
  members: Member[],
  rows: rehearsals.RehearsalRow[],
): Promise<ChoirRehearsal[]> {
  const ids = rows.map((r) => r.id);
  const tallies = await choirs.attendanceTallies(tx, seasonId);
  const rsvps = await rehearsals.rsvpsOf(tx, ids);
  const marks = await rehearsals.settledMarks(tx, ids);
  const answer = new Map(rsvps.map((r) => [`${r.rehearsalId}|${r.memberId}`, r.answer]));
  return rows.map((row) => {
    const expected = expectedAt(members, row.siteId);
    const rsvp = { yes: 0, maybe: 0, no: 0 };
    const predicted = new Map<string, { expected: number; predicted: number }>();
    for (const m of expected) {
      const a = answer.get(`${row.id}|${m.id}`);
      if (a) rsvp[a] += 1;
      const p = predicted.get(m.partId) ?? { expected: 0, predicted: 0 };
      p.expected += 1;
      p.predicted += a ? RSVP_WEIGHT[a] : (rateOf(tallies.get(m.id)) ?? DEFAULT_RATE);
      predicted.set(m.partId, p);
    }
    const mine = marks.filter((mark) => mark.rehearsalId === row.id);
    const count = (status: string) => mine.filter((mark) => mark.status === status).length;
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      siteId: row.siteId,
      seriesId: row.seriesId,
      sessionId: row.sessionId,
      note: row.note,
      expected: expected.length,
      rsvp,
      attendance:
        mine.length > 0
          ? { present: count('present'), absent: count('absent'), excused: count('excused') }
          : null,
      predicted: [...predicted].map(([partId, p]) => ({
        partId,
        expected: p.expected,
        predicted: Math.round(p.predicted * 10) / 10,
      })),
    };
  });
}

export async function listRehearsals({
  actor,
  choirId,
  query,
}: {
  actor: OrgActor;
  choirId: string;
  query: z.output<typeof ChoirRehearsalListQuerySchema>;
}) {
  requirePermission(actor, 'choirs.read');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    const { season } = await currentSeason(tx, choirId, query.seasonId);
    if (!season) return { items: [], total: 0 };
    const rows = await rehearsals.listRehearsals(tx, season.id, {
      when: query.when,
      limit: query.limit,
      now: new Date(),
    });
    const members = await choirs.membersOf(tx, choirId, season.id);
    const items = await rehearsalFigures(tx, season.id, members, rows);
    return { items, total: items.length };
  });
}

/** The singers a phone marks at a rehearsal, with their RSVP and the mark that counts. */
export async function rehearsalRoster({
  actor,
  choirId,
  rehearsalId,
}: {
  actor: OrgActor;
  choirId: string;
  rehearsalId: string;
}) {
  requirePermission(actor, 'choirs.attend');
  return actor.inTenant(async (tx) => {
    const me = await choirs.findMember(tx, choirId, { userId: actor.userId });
    if (actor.role === 'artist' && !me) throw notFound('CHOIR.NOT_FOUND', 'Choir');
    const row = await loadRehearsal(tx, choirId, rehearsalId);
    const members = await choirs.membersOf(tx, choirId, row.seasonId);
    const [figures] = await rehearsalFigures(tx, row.seasonId, members, [row]);
    const { predicted: _predicted, ...rehearsal } = figures!;
    const rsvps = await rehearsals.rsvpsOf(tx, [row.id]);
    const marks = await rehearsals.settledMarks(tx, [row.id]);
    const answer = new Map(rsvps.map((r) => [r.memberId, r.answer]));
    const status = new Map(marks.map((m) => [m.memberId, m.status]));
    // A site's singers first, then those of other sites already marked (make-ups).
    const singers = [
      ...expectedAt(members, row.siteId),
      ...members.filter((m) => row.siteId && m.siteId !== row.siteId && status.has(m.id)),
    ];
    // What a phone needs to show the list offline: parts and sites by name, the parts it leads.
    const parts = await choirs.partsOf(tx, choirId);
    const sites = await choirs.sitesOf(tx, choirId);
    return {
      rehearsal,
      parts: parts.map((p) => ({ id: p.id, code: p.code, name: p.name })),
      sites: sites.map(({ site }) => ({ id: site.id, name: site.name })),
      leads: parts.filter((p) => me && p.leaderMemberId === me.id).map((p) => p.id),
      singers: singers.map((m) => ({
        memberId: m.id,
        firstName: m.firstName,
        lastName: m.lastName,
        partId: m.partId,
        siteId: m.siteId,
        rsvp: answer.get(m.id) ?? null,
        status: (status.get(m.id) ?? null) as 'present' | 'absent' | 'excused' | null,
      })),
    };
  });
}
