// Contract-test fixtures of imports: a previewed batch, and valid bodies for the apply and choices routes.
import type { buildOrganisation } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

/** A preview of a one-line partners file, left unapplied. */
export async function seedImportResources(organisation: BuiltOrganisation) {
  const staff = organisation.members.coordinator ?? organisation.members.admin;
  const file = Buffer.from('\uFEFFNom de la structure;Type\r\nMairie de Lormes;Mairie\r\n', 'utf8');
  const response = await staff.request(
    'POST',
    `/api/orgs/${organisation.id}/partners/imports?fileName=partenaires.csv`,
    file,
    { 'content-type': 'text/csv' },
  );
  if (response.status !== 201) throw new Error(`fixture import: ${JSON.stringify(response.body)}`);
  return { batchId: (response.body as { id: string }).id };
}

export const importCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/imports/:batchId/apply': { duplicates: 'keep' },
  'PUT /api/orgs/:orgId/imports/:batchId/choices': {
    choices: [{ reference: 'group-1', choice: { action: 'refuse' } }],
  },
};
