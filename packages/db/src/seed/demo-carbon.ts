// The demo step for carbon accounting: each demo project's audience mode split and equipment van.
import { eq, inArray } from 'drizzle-orm';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';

/**
 * What a coordinator of the demo organisation would set. In the Nièvre villages most people
 * drive, families and neighbours together (2.5 per car, above the model's 2), and concerts
 * need the van from the storage in Corbigny, about 45 km each way. In Vitry-sur-Seine people
 * walk or take the bus and tram to nearby venues; the early-years workshops need no van.
 */
const RURAL = {
  audienceModeSplit: {
    shares: { 'car-combustion': 75, walking: 12, 'bus-combustion': 5, bike: 3, 'e-bike': 5 },
    carOccupancy: 2.5,
  },
  groupMode: 'coach',
  vanKmPerSession: 90,
  vanSessionKinds: ['concert'],
};
const URBAN = {
  audienceModeSplit: {
    shares: {
      walking: 35,
      'bus-combustion': 20,
      'car-combustion': 25,
      tram: 10,
      metro: 5,
      bike: 5,
    },
    carOccupancy: 2,
  },
  groupMode: 'walking',
  vanKmPerSession: null,
  vanSessionKinds: ['concert'],
};

// Val-de-Marne and the other departments of the Paris area are urban; the rest of the demo is rural.
const URBAN_DEPARTMENTS = new Set(['75', '92', '93', '94']);

export const demoCarbonStep: DemoStep = {
  name: 'carbon settings of the demo projects',
  async run({ db, orgId }) {
    const projects = await db
      .select({ id: schema.projects.id })
      .from(schema.projects)
      .where(eq(schema.projects.orgId, orgId));
    if (projects.length === 0) return;
    const venueCommunes = await db
      .select({ projectId: schema.sessions.projectId, code: schema.venues.communeCode })
      .from(schema.sessions)
      .innerJoin(schema.venues, eq(schema.venues.id, schema.sessions.venueId))
      .where(
        inArray(
          schema.sessions.projectId,
          projects.map((p) => p.id),
        ),
      );
    const territory = await db
      .select({
        projectId: schema.projectCommunes.projectId,
        code: schema.projectCommunes.communeCode,
      })
      .from(schema.projectCommunes)
      .where(eq(schema.projectCommunes.orgId, orgId));
    for (const project of projects) {
      const codes = [...venueCommunes, ...territory]
        .filter((row) => row.projectId === project.id && row.code)
        .map((row) => row.code!.slice(0, 2));
      if (codes.length === 0) continue;
      const urban = codes.filter((code) => URBAN_DEPARTMENTS.has(code)).length > codes.length / 2;
      await db
        .insert(schema.carbonProjectSettings)
        .values({ orgId, projectId: project.id, ...(urban ? URBAN : RURAL) });
    }
  },
};
