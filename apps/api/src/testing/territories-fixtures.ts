// A small hand-checked territory for the tests: three Lozère communes on one meridian, official
// centres, densities, a priority area and a concert hall imported, and an organisation's venues
// and sessions around them (see modules/territories/access.test.ts for the expected figures).
import { schema } from '@tutti/db';
import { importReferenceFiles } from '../modules/communes/reference-import.service';
import type { TestApp } from './test-app';

/** Florac Trois Rivières (2,100 inhabitants), Palhers (200), Barre-des-Cévennes (200). */
export const A = '48061';
export const B = '48107';
export const C = '48019';
export const AREA = `${A},${B},${C}`;
export const AS_OF = '2025-06-30';

export async function importHandCheckedReference(t: TestApp) {
  const run = await importReferenceFiles({
    database: t.database,
    files: {
      'commune-centres': {
        fileName: 'communes-france-2025.csv',
        text: [
          'code_insee;nom_standard;latitude_centre;longitude_centre',
          `${A};Florac Trois Rivières;44.5;3.5`,
          `${B};Palhers;44.7;3.5`,
          `${C};Barre-des-Cévennes;44.2;3.5`,
        ].join('\n'),
      },
      'density-grid': {
        fileName: 'grille_densite_7_niveaux_2024.csv',
        text: ['CODGEO;DENS', `${A};4`, `${B};7`, `${C};6`].join('\n'),
      },
      'priority-areas': {
        fileName: 'liste-quartiers-prioritaires-2024.csv',
        text: ['code_qp;lib_qp;insee_com', `QN04801A;Quartier d’essai;="${B}"`].join('\n'),
      },
      'cultural-facilities': {
        fileName: 'basilic.csv',
        year: 2024,
        text: [
          'identifiant;nom;type_equipement_ou_lieu;code_insee;latitude;longitude',
          `F-1;Salle des Causses;Salle de concert;${C};44.05;3.5`,
          `F-2;Musée du Causse;Musée;${C};44.2;3.5`,
        ].join('\n'),
      },
    },
  });
  if (!run.ok) throw new Error('hand-checked reference import failed');
}

type Session = { kind: string; date: string; status?: string; venueId: string | null };

/** Venues and sessions inserted as they would be stored; times at 18:00 in Paris. */
export async function buildProgramme(
  t: TestApp,
  orgId: string,
  venues: { key: string; name: string; communeCode: string; lat?: number; lon?: number }[],
  sessions: (Omit<Session, 'venueId'> & { venue: string | null })[],
) {
  const db = t.database.db;
  const [project] = await db.insert(schema.projects).values({ orgId, name: 'Saison' }).returning();
  const ids: Record<string, string> = {};
  for (const v of venues) {
    const [row] = await db
      .insert(schema.venues)
      .values({
        orgId,
        name: v.name,
        kind: 'community_hall',
        communeCode: v.communeCode,
        communeName: v.name,
        latitude: v.lat ?? null,
        longitude: v.lon ?? null,
      })
      .returning();
    ids[v.key] = row!.id;
  }
  for (const s of sessions) {
    await db.insert(schema.sessions).values({
      orgId,
      projectId: project!.id,
      kind: s.kind as 'concert',
      venueId: s.venue ? ids[s.venue]! : null,
      startsAt: new Date(`${s.date}T16:00:00Z`),
      endsAt: new Date(`${s.date}T18:00:00Z`),
      timeZone: 'Europe/Paris',
      status: (s.status ?? 'confirmed') as 'confirmed',
    });
  }
  return ids;
}

export async function buildGroup(t: TestApp, orgId: string, name: string, communeCode: string) {
  const [row] = await t.database.db
    .insert(schema.groups)
    .values({ orgId, name, kind: 'class', communeCode, communeName: name })
    .returning();
  return row!.id;
}
