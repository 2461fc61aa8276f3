// Programme data with places for carbon tests, inserted straight into the database.
import { randomUUID } from 'node:crypto';
import { schema } from '@tutti/db';
import type { TestApp } from './test-app';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

let sequence = 0;
const next = () => {
  sequence += 1;
  return sequence;
};

/** Inserts rows of one organisation; every helper returns the row it created. */
export function carbonFactory(t: TestApp, orgId: string) {
  const db = t.database.db;
  return {
    async project(overrides: Partial<Insert<typeof schema.projects>> = {}) {
      const [row] = await db
        .insert(schema.projects)
        .values({ orgId, name: `Projet carbone ${next()}`, status: 'active', ...overrides })
        .returning();
      return row!;
    },
    async venue(
      name: string,
      commune: { code: string; name: string },
      position: { lat: number; lon: number } | null,
    ) {
      const [row] = await db
        .insert(schema.venues)
        .values({
          orgId,
          name,
          kind: 'community_hall',
          communeCode: commune.code,
          communeName: commune.name,
          latitude: position?.lat ?? null,
          longitude: position?.lon ?? null,
        })
        .returning();
      return row!;
    },
    async artist(
      displayName: string,
      home: { code: string; name: string; lat: number; lon: number } | null,
      transportMode: Insert<typeof schema.artists>['transportMode'] = 'car',
    ) {
      const [row] = await db
        .insert(schema.artists)
        .values({
          orgId,
          displayName,
          homeCommuneCode: home?.code ?? null,
          homeCommuneName: home?.name ?? null,
          latitude: home?.lat ?? null,
          longitude: home?.lon ?? null,
          transportMode,
        })
        .returning();
      return row!;
    },
    async group(overrides: Partial<Insert<typeof schema.groups>> = {}) {
      const [row] = await db
        .insert(schema.groups)
        .values({ orgId, name: `Groupe ${next()}`, kind: 'choir', ...overrides })
        .returning();
      return row!;
    },
    async participant(groupId: string, commune: { code: string; name: string } | null) {
      const firstName = `Camille${next()}`;
      const [row] = await db
        .insert(schema.participants)
        .values({
          orgId,
          groupId,
          firstName,
          ageBand: '26-64',
          communeCode: commune?.code ?? null,
          communeName: commune?.name ?? null,
          searchName: firstName.toLowerCase(),
          retainUntil: '2030-12-31',
        })
        .returning();
      return row!;
    },
    async session(options: {
      projectId: string;
      venueId: string | null;
      kind?: Insert<typeof schema.sessions>['kind'];
      startsAt: string;
      durationMin?: number;
      artistIds?: string[];
      groupIds?: string[];
      status?: Insert<typeof schema.sessions>['status'];
    }) {
      const startsAt = new Date(options.startsAt);
      const [row] = await db
        .insert(schema.sessions)
        .values({
          orgId,
          projectId: options.projectId,
          venueId: options.venueId,
          kind: options.kind ?? 'workshop_singing',
          title: `Séance ${next()}`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + (options.durationMin ?? 90) * 60_000),
          timeZone: 'Europe/Paris',
          status: options.status ?? 'confirmed',
        })
        .returning();
      for (const artistId of options.artistIds ?? [])
        await db.insert(schema.sessionArtists).values({ orgId, sessionId: row!.id, artistId });
      for (const groupId of options.groupIds ?? [])
        await db.insert(schema.sessionGroups).values({ orgId, sessionId: row!.id, groupId });
      return row!;
    },
    async mark(sessionId: string, participantId: string, status: 'present' | 'absent') {
      await db.insert(schema.attendanceMarks).values({
        orgId,
        sessionId,
        participantId,
        status,
        recordedAt: new Date(),
        deviceId: 'test-device',
        opId: randomUUID(),
      });
    },
    async headcount(sessionId: string, count: number, groupId: string | null = null) {
      await db.insert(schema.sessionHeadcounts).values({
        orgId,
        sessionId,
        groupId,
        count,
        recordedAt: new Date(),
        deviceId: 'test-device',
        opId: randomUUID(),
      });
    },
  };
}

/** Great circle along a meridian (R × Δφ) times the geo package's circuity factor 1.3. */
export function meridianRoadKm(deltaLatDeg: number): number {
  return 6371 * ((deltaLatDeg * Math.PI) / 180) * 1.3;
}
