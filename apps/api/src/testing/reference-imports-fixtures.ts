// Contract-test fixtures of official files uploaded from the web app: a previewed upload of the
// organisation (written straight to the table: reading files has its own tests), and a valid body.
import { randomUUID } from 'node:crypto';
import type { ReferencePreview } from '@tutti/contracts';
import { schema } from '@tutti/db';
import type { buildOrganisation, TestApp } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

export const emptyPreview: ReferencePreview = {
  source: { name: 'Grille communale de densité', publisher: 'Insee', licence: 'Licence Ouverte' },
  layout: 'insee',
  linesRead: 0,
  recognised: 0,
  refused: 0,
  warnings: 0,
  toApply: 0,
  unknownCommunes: 0,
  unplaced: 0,
  issues: [],
  firstLines: [],
  importable: false,
};

export async function seedReferenceImportResources(t: TestApp, organisation: BuiltOrganisation) {
  const id = randomUUID();
  await t.database.db.insert(schema.referenceImportRuns).values({
    id,
    orgId: organisation.id,
    kind: 'density-grid',
    fileName: 'grille_densite_7_niveaux_2024.csv',
    byteSize: 0,
    year: 2024,
    state: 'previewed',
    preview: emptyPreview,
  });
  return { uploadId: id };
}

export const referenceImportCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/territories/reference-imports/:uploadId/import': { year: 2024 },
};
