// The conductor's side of a choir: list and read choirs (roster by part and site, with attendance
// rates), create a choir with its sites and parts, seasons, members and section leaders.
import {
  type Choir,
  type ChoirCreateBodySchema,
  type ChoirSeasonBodySchema,
  standardVoiceParts,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { today } from '@tutti/kit/dates';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { insertImportedGroup } from '../groups';
import * as choirs from './choirs.repository';

const field = (path: string, message: string) => ({ fields: [{ path, message }] });
export const missing = (path: string, what: string) =>
  new AppError('CHOIR.REFERENCE_NOT_FOUND', `${what} not found`, field(path, `A ${what} of it`));

export async function loadChoir(tx: Tx, choirId: string) {
  const choir = await choirs.findChoir(tx, choirId);
  if (!choir) throw notFound('CHOIR.NOT_FOUND', 'Choir');
  return choir;
}

/** The season holding today, else the next one, else the last; or the one asked for. */
export async function currentSeason(tx: Tx, choirId: string, seasonId?: string) {
  const seasons = await choirs.seasonsOf(tx, choirId);
  if (seasonId) {
    const asked = seasons.find((season) => season.id === seasonId);
    if (!asked) throw missing('query.seasonId', 'season');
    return { seasons, season: asked };
  }
  const day = today('Europe/Paris');
  const season =
    seasons.find((s) => s.startsOn <= day && day <= s.endsOn) ??
    seasons.find((s) => s.startsOn > day) ??
    seasons.at(-1) ??
    null;
  return { seasons, season };
}

export const rateOf = (tally: { present: number; absent: number } | undefined) =>
  tally && tally.present + tally.absent > 0 ? tally.present / (tally.present + tally.absent) : null;

/** The choirs the account reaches: all for conductors, else those it sings in. */
export async function listChoirs({ actor }: { actor: OrgActor }) {
  requirePermission(actor, 'choirs.sing');
  return actor.inTenant(async (tx) => {
    const all = await choirs.listChoirs(tx, actor.orgId);
    const mine = await choirs.membersOfUser(tx, actor.userId);
    const conducts = ['admin', 'coordinator'].includes(actor.role);
    const leads = await choirs.partsLedBy(
      tx,
      mine.map((member) => member.id),
    );
    const items = all
      .map((choir) => {
        const member = mine.find((m) => m.choirId === choir.id) ?? null;
        return {
          ...choir,
          myMemberId: member?.id ?? null,
          leads: leads.filter((part) => part.choirId === choir.id).map((part) => part.id),
          conducts,
        };
      })
      .filter((choir) => conducts || choir.myMemberId !== null);
    return { items, total: items.length };
  });
}

export async function getChoir({
  actor,
  choirId,
  seasonId,
}: {
  actor: OrgActor;
  choirId: string;
  seasonId?: string | undefined;
}): Promise<Choir> {
  requirePermission(actor, 'choirs.read');
  return actor.inTenant(async (tx) => {
    const choir = await loadChoir(tx, choirId);
    const { seasons, season } = await currentSeason(tx, choirId, seasonId);
    const sites = await choirs.sitesOf(tx, choirId);
    const parts = await choirs.partsOf(tx, choirId);
    const members = await choirs.membersOf(tx, choirId, season?.id ?? null);
    const tallies = season ? await choirs.attendanceTallies(tx, season.id) : new Map();
    const byId = new Map(members.map((m) => [m.id, m]));
    const count = (key: 'siteId' | 'partId', id: string) =>
      members.filter((m) => m[key] === id).length;
    const partRate = (partId: string) => {
      let present = 0;
      let absent = 0;
      for (const m of members.filter((member) => member.partId === partId)) {
        present += tallies.get(m.id)?.present ?? 0;
        absent += tallies.get(m.id)?.absent ?? 0;
      }
      return rateOf({ present, absent });
    };
    const bands = new Map<string, number>();
    for (const m of members) bands.set(m.ageBand, (bands.get(m.ageBand) ?? 0) + 1);
    return {
      id: choir.id,
      name: choir.name,
      description: choir.description,
      seasons: seasons.map(presentSeason),
      season: season ? presentSeason(season) : null,
      sites: sites.map(({ site, venueName }) => ({
        id: site.id,
        name: site.name,
        venueId: site.venueId,
        venueName,
        groupId: site.groupId,
        members: count('siteId', site.id),
      })),
      parts: parts.map((part) => {
        const leader = part.leaderMemberId ? byId.get(part.leaderMemberId) : undefined;
        return {
          id: part.id,
          code: part.code,
          name: part.name,
          minSingers: part.minSingers,
          leader: leader
            ? {
                memberId: leader.id,
                name: [leader.firstName, leader.lastName].filter(Boolean).join(' '),
              }
            : null,
          members: count('partId', part.id),
          attendanceRate: partRate(part.id),
        };
      }),
      members: members.map((m) => ({
        id: m.id,
        participantId: m.participantId,
        firstName: m.firstName,
        lastName: m.lastName,
        ageBand: m.ageBand,
        siteId: m.siteId,
        partId: m.partId,
        guest: m.guestSeasonId !== null,
        hasAccount: m.userId !== null,
        attendanceRate: rateOf(tallies.get(m.id)),
        contactBy: m.contactBy,
        contactEmail: m.contactEmail,
        locale: m.locale,
      })),
      ageBands: [...bands].map(([ageBand, n]) => ({
        ageBand: ageBand as Choir['ageBands'][number]['ageBand'],
        members: n,
      })),
      left: await choirs.leftMembersOf(tx, choirId),
    };
  });
}

function presentSeason(season: choirs.SeasonRow) {
  return {
    id: season.id,
    name: season.name,
    startsOn: season.startsOn,
    endsOn: season.endsOn,
    projectId: season.projectId,
  };
}

const partNames: Record<(typeof standardVoiceParts)[number], string> = {
  S1: 'Soprano 1',
  S2: 'Soprano 2',
  A1: 'Alto 1',
  A2: 'Alto 2',
  T1: 'Ténor 1',
  T2: 'Ténor 2',
  B1: 'Basse 1',
  B2: 'Basse 2',
};

/** A choir with its sites (each with a group of kind choir for its singers) and its parts. */
export async function createChoir({
  actor,
  input,
}: {
  actor: OrgActor;
  input: z.output<typeof ChoirCreateBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    const venueIds = input.sites.flatMap((site) => (site.venueId ? [site.venueId] : []));
    const venues = await choirs.existingIds(tx, 'venues', venueIds);
    input.sites.forEach((site, i) => {
      if (site.venueId && !venues.has(site.venueId)) {
        throw missing(`body.sites.${i}.venueId`, 'venue');
      }
    });
    const parts =
      input.parts ??
      standardVoiceParts.map((code) => ({ code, name: partNames[code], minSingers: 0 }));
    const codes = parts.map((part) => part.code.toUpperCase());
    const twice = codes.findIndex((code, i) => codes.indexOf(code) !== i);
    if (twice >= 0) {
      throw new AppError(
        'CHOIR.PART_CODE_TAKEN',
        'Two parts have one code',
        field(`body.parts.${twice}.code`, 'A code of its own'),
      );
    }
    const choir = await choirs.insertChoir(tx, actor.orgId, {
      name: input.name,
      description: input.description,
    });
    const siteValues = [];
    for (const [i, site] of input.sites.entries()) {
      const group = await insertImportedGroup(tx, actor.orgId, {
        name: `${input.name} — ${site.name}`,
        kind: 'choir',
      });
      siteValues.push({
        choirId: choir.id,
        name: site.name,
        venueId: site.venueId,
        groupId: group,
        position: i,
      });
    }
    await choirs.insertSites(tx, actor.orgId, siteValues);
    await choirs.insertParts(
      tx,
      actor.orgId,
      parts.map((part, i) => ({
        choirId: choir.id,
        code: codes[i]!,
        name: part.name,
        minSingers: part.minSingers ?? 0,
        position: i,
      })),
    );
    return { id: choir.id };
  });
}

export async function createSeason({
  actor,
  choirId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  input: z.output<typeof ChoirSeasonBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    if (input.endsOn < input.startsOn) {
      throw new AppError(
        'CHOIR.INVALID_DATES',
        'The season ends before it starts',
        field('body.endsOn', 'On or after startsOn'),
      );
    }
    if (input.projectId && !(await choirs.existingIds(tx, 'projects', [input.projectId])).size) {
      throw missing('body.projectId', 'project');
    }
    const row = await choirs.insertSeason(tx, actor.orgId, { choirId, ...input });
    return { id: row.id };
  });
}
