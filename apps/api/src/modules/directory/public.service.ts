// What people without an account do with the directory: propose their ensemble (it waits for a
// coordinator), ask for help where nothing is within reach, and confirm their listing from the link
// of a re-confirmation e-mail.
import type { EnsembleCreateBody, SupportRequestInput } from '@tutti/contracts';
import { schema, type TuttiDatabase } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { communeReference } from '../communes';
import { hashToken } from './confirmation';
import * as directory from './directory.repository';
import { writeNewEnsemble } from './directory.service';
import { locateAsked } from './matching.service';

/** A proposal: kept as `pending`, off every public page until a coordinator approves it. */
export async function proposeEnsemble(options: {
  database: TuttiDatabase;
  orgId: string;
  input: EnsembleCreateBody;
}) {
  const { dataset } = await communeReference(options.database);
  return options.database.withTenant({ orgId: options.orgId, userId: null }, (tx) =>
    writeNewEnsemble({
      tx,
      dataset,
      orgId: options.orgId,
      input: options.input,
      status: 'pending',
      source: 'proposal',
    }),
  );
}

export async function requestSupport(options: {
  database: TuttiDatabase;
  orgId: string;
  input: SupportRequestInput;
}) {
  const commune = await locateAsked(options.database, options.input.communeCode, 'communeCode');
  return options.database.withTenant({ orgId: options.orgId, userId: null }, (tx) =>
    directory.insertSupportRequest(tx, options.orgId, {
      communeCode: commune.id,
      communeName: commune.name,
      name: options.input.name,
      contactEmail: options.input.contactEmail,
      contactPhone: options.input.contactPhone,
      message: options.input.message,
    }),
  );
}

/** The listing a confirmation link names, with its organisation's name; null when none does. */
export async function findByConfirmationToken(database: TuttiDatabase, token: string) {
  // The hash is unique across organisations: the link alone says whose listing it is.
  const row = await directory.findEnsembleByTokenHash(database.db, hashToken(token));
  if (!row) return null;
  const [org] = await database.db
    .select({ name: schema.organisations.name })
    .from(schema.organisations)
    .where(eq(schema.organisations.id, row.orgId));
  return { ensemble: row, organisationName: org?.name ?? '' };
}

/** Confirms the listing the link names (its secret stays valid until the next e-mail). */
export async function confirmByToken(database: TuttiDatabase, token: string) {
  const found = await findByConfirmationToken(database, token);
  if (!found) return null;
  await database.withTenant({ orgId: found.ensemble.orgId, userId: null }, (tx) =>
    directory.updateEnsemble(tx, found.ensemble.orgId, found.ensemble.id, {
      lastConfirmedAt: new Date(),
    }),
  );
  return found;
}
