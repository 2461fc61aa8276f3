// Directory use cases for members: list, read, create, edit, delete listings; approve proposals;
// confirm a listing after a call; read the requests for support, mark them handled, delete them.
import type {
  EnsembleCreateBody,
  EnsembleListQuery,
  EnsembleUpdateBody,
  SupportRequestMap,
  SupportRequestUpdateBody,
} from '@tutti/contracts';
import { CONFIRMATION_DUE_MONTHS } from '@tutti/contracts';
import { newPublicCode, type TuttiDatabase, type Tx } from '@tutti/db';
import { type CommuneDataset, resolveCommune } from '@tutti/geo';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { communeReference } from '../communes';
import { monthsBefore, visibleSince } from './confirmation';
import {
  presentEnsemble,
  presentEnsembleSummary,
  presentSupportRequest,
} from './directory.presenter';
import * as directory from './directory.repository';
import { resolvePlaces } from './places';
import { checkRehearsals, normaliseRule } from './rules';

/** The columns a create body writes, places apart. */
export function ensembleValues(
  input: Omit<EnsembleCreateBody, 'places'>,
): Omit<directory.EnsembleValues, 'publicCode' | 'status' | 'source' | 'lastConfirmedAt'> {
  return {
    ...input,
    rehearsals: input.rehearsals.map((r) => ({ ...r, rule: normaliseRule(r.rule) })),
  };
}

/**
 * Writes a listing and its places in the caller's transaction (the members' form, an import, a
 * proposal); rules and places are checked first, naming their fields.
 */
export async function writeNewEnsemble(options: {
  tx: Tx;
  dataset: CommuneDataset;
  orgId: string;
  input: EnsembleCreateBody;
  status: directory.EnsembleRow['status'];
  source: directory.EnsembleRow['source'];
  path?: string;
}) {
  const { places, ...fields } = options.input;
  checkRehearsals(fields.rehearsals, options.path ? `${options.path}.rehearsals` : undefined);
  const placeValues = await resolvePlaces({
    tx: options.tx,
    dataset: options.dataset,
    orgId: options.orgId,
    places,
    ...(options.path ? { path: `${options.path}.places` } : {}),
  });
  const row = await directory.insertEnsemble(options.tx, options.orgId, {
    ...ensembleValues(fields),
    publicCode: newPublicCode(),
    status: options.status,
    source: options.source,
    lastConfirmedAt: options.status === 'published' ? new Date() : null,
  });
  await directory.replacePlaces(options.tx, options.orgId, row.id, placeValues);
  return row;
}

async function loadEnsemble(tx: Tx, orgId: string, ensembleId: string) {
  const row = await directory.findEnsemble(tx, orgId, ensembleId);
  if (!row) throw notFound('ENSEMBLE.NOT_FOUND', 'Ensemble');
  return presentEnsemble(row, await directory.placesOf(tx, [row.id]));
}

function confirmationFilter(state: EnsembleListQuery['confirmation'], now: Date) {
  const hiddenBefore = visibleSince(now);
  const dueBefore = monthsBefore(now, CONFIRMATION_DUE_MONTHS);
  if (state === 'current') return { from: dueBefore };
  if (state === 'due') return { from: hiddenBefore, before: dueBefore };
  if (state === 'hidden') return { before: hiddenBefore, never: true };
  return undefined;
}

export async function listEnsembles({
  actor,
  query,
}: {
  actor: OrgActor;
  query: EnsembleListQuery;
}) {
  requirePermission(actor, 'directory.read');
  const now = new Date();
  return actor.inTenant(async (tx) => {
    const { rows, total } = await directory.listEnsembles(
      tx,
      actor.orgId,
      {
        q: query.q,
        kind: query.kind,
        status: query.status,
        confirmed: confirmationFilter(query.confirmation, now),
      },
      { limit: query.limit, offset: query.offset },
    );
    const places = await directory.placesOf(
      tx,
      rows.map((r) => r.id),
    );
    const items = rows.map((row) =>
      presentEnsembleSummary(
        row,
        places.filter((p) => p.ensembleId === row.id),
        now,
      ),
    );
    return { total, items };
  });
}

export async function getEnsemble({ actor, ensembleId }: { actor: OrgActor; ensembleId: string }) {
  requirePermission(actor, 'directory.read');
  return actor.inTenant((tx) => loadEnsemble(tx, actor.orgId, ensembleId));
}

export async function createEnsemble({
  actor,
  database,
  input,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  input: EnsembleCreateBody;
}) {
  requirePermission(actor, 'directory.manage');
  const { dataset } = await communeReference(database);
  return actor.inTenant(async (tx) => {
    const row = await writeNewEnsemble({
      tx,
      dataset,
      orgId: actor.orgId,
      input,
      status: 'published',
      source: 'organisation',
    });
    return loadEnsemble(tx, actor.orgId, row.id);
  });
}

export async function updateEnsemble({
  actor,
  database,
  ensembleId,
  input,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  ensembleId: string;
  input: EnsembleUpdateBody;
}) {
  requirePermission(actor, 'directory.manage');
  const { places, rehearsals, ...fields } = input;
  if (rehearsals) checkRehearsals(rehearsals);
  const { dataset } = await communeReference(database);
  return actor.inTenant(async (tx) => {
    if (!(await directory.findEnsemble(tx, actor.orgId, ensembleId))) {
      throw notFound('ENSEMBLE.NOT_FOUND', 'Ensemble');
    }
    const placeValues = places
      ? await resolvePlaces({ tx, dataset, orgId: actor.orgId, places })
      : null;
    await directory.updateEnsemble(tx, actor.orgId, ensembleId, {
      ...fields,
      ...(rehearsals
        ? { rehearsals: rehearsals.map((r) => ({ ...r, rule: normaliseRule(r.rule) })) }
        : {}),
    });
    if (placeValues) await directory.replacePlaces(tx, actor.orgId, ensembleId, placeValues);
    return loadEnsemble(tx, actor.orgId, ensembleId);
  });
}

export async function deleteEnsemble({
  actor,
  ensembleId,
}: {
  actor: OrgActor;
  ensembleId: string;
}) {
  requirePermission(actor, 'directory.manage');
  await actor.inTenant(async (tx) => {
    if (!(await directory.findEnsemble(tx, actor.orgId, ensembleId))) {
      throw notFound('ENSEMBLE.NOT_FOUND', 'Ensemble');
    }
    await directory.deleteEnsemble(tx, actor.orgId, ensembleId);
  });
}

/** A proposal a coordinator accepts: published, confirmed today. */
export async function approveEnsemble({
  actor,
  ensembleId,
}: {
  actor: OrgActor;
  ensembleId: string;
}) {
  requirePermission(actor, 'directory.manage');
  return actor.inTenant(async (tx) => {
    const row = await directory.findEnsemble(tx, actor.orgId, ensembleId);
    if (!row) throw notFound('ENSEMBLE.NOT_FOUND', 'Ensemble');
    if (row.status !== 'pending') {
      throw new AppError('ENSEMBLE.NOT_PENDING', 'This listing is already published');
    }
    await directory.updateEnsemble(tx, actor.orgId, ensembleId, {
      status: 'published',
      lastConfirmedAt: new Date(),
    });
    return loadEnsemble(tx, actor.orgId, ensembleId);
  });
}

/** A coordinator who checked the listing with the ensemble (a call) confirms it for them. */
export async function confirmEnsemble({
  actor,
  ensembleId,
}: {
  actor: OrgActor;
  ensembleId: string;
}) {
  requirePermission(actor, 'directory.manage');
  return actor.inTenant(async (tx) => {
    const row = await directory.findEnsemble(tx, actor.orgId, ensembleId);
    if (!row) throw notFound('ENSEMBLE.NOT_FOUND', 'Ensemble');
    if (row.status === 'pending') {
      throw new AppError('ENSEMBLE.NOT_PENDING', 'Approve the proposal instead', {
        fields: [{ path: 'ensembleId', message: 'A proposal waiting for approval' }],
      });
    }
    await directory.updateEnsemble(tx, actor.orgId, ensembleId, { lastConfirmedAt: new Date() });
    return loadEnsemble(tx, actor.orgId, ensembleId);
  });
}

/** The requests for support, each placed at its commune's centre for the map. */
export async function listSupportRequests({
  actor,
  database,
  query,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  query: { limit: number; offset: number };
}) {
  requirePermission(actor, 'directory.readSupportRequests');
  const { rows, total } = await actor.inTenant((tx) => directory.listSupportRequests(tx, query));
  const { dataset } = await communeReference(database);
  return {
    total,
    items: rows.map((row) =>
      presentSupportRequest(row, resolveCommune(dataset, row.communeCode)?.location ?? null),
    ),
  };
}

/** Where help was asked for, per commune, for the maps: counts and positions, no person. */
export async function mapSupportRequests({
  actor,
  database,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
}): Promise<SupportRequestMap> {
  requirePermission(actor, 'directory.readSupportRequests');
  const rows = await actor.inTenant((tx) => directory.supportRequestCountsByCommune(tx));
  const { dataset } = await communeReference(database);
  return {
    items: rows.flatMap((row) => {
      const centre = resolveCommune(dataset, row.communeCode)?.location;
      if (!centre) return [];
      return [
        {
          communeCode: row.communeCode,
          communeName: row.communeName,
          latitude: centre.lat,
          longitude: centre.lon,
          count: row.count,
          waiting: row.waiting,
        },
      ];
    }),
  };
}

/** Marks a request for support handled (its retention period starts) or waiting again. */
export async function setSupportRequestHandled({
  actor,
  database,
  requestId,
  input,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  requestId: string;
  input: SupportRequestUpdateBody;
}) {
  requirePermission(actor, 'directory.handleSupportRequests');
  const row = await actor.inTenant(async (tx) => {
    const found = await directory.findSupportRequest(tx, actor.orgId, requestId);
    if (!found) throw notFound('SUPPORT_REQUEST.NOT_FOUND', 'Support request');
    // Marking it handled again keeps the first date: the retention runs from it.
    if (input.handled && found.handledAt) return found;
    return directory.setSupportRequestHandled(
      tx,
      actor.orgId,
      requestId,
      input.handled ? new Date() : null,
    );
  });
  const { dataset } = await communeReference(database);
  return presentSupportRequest(row!, resolveCommune(dataset, row!.communeCode)?.location ?? null);
}

/** Deletes a request for support, when the person who sent it asks for it to be erased. */
export async function deleteSupportRequest({
  actor,
  requestId,
}: {
  actor: OrgActor;
  requestId: string;
}) {
  requirePermission(actor, 'directory.handleSupportRequests');
  await actor.inTenant(async (tx) => {
    if (!(await directory.deleteSupportRequest(tx, actor.orgId, requestId))) {
      throw notFound('SUPPORT_REQUEST.NOT_FOUND', 'Support request');
    }
  });
}
